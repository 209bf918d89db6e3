import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { JobBoard } from '@/lib/api-types';
import { useFallbackInterval } from '@/lib/live-status';
import { storeKey } from '@/lib/query-keys';

export const workshopKey = (store: string) => [...storeKey(store), 'workshop'] as const;
export const boardKey = (store: string, day: string | null) => [...workshopKey(store), 'board', day ?? 'today'] as const;

/** The foreman's board of a store-local day (R-REP-1); null: today by the store's clock. */
export async function getBoard(store: string, day: string | null): Promise<JobBoard> {
  return (await unwrap(api.GET('/api/stores/{store}/workshop/board', { params: { path: { store }, query: day ? { day } : {} } }))).data;
}

export function useJobBoard(store: string, day: string | null) {
  return useQuery({
    queryKey: boardKey(store, day),
    queryFn: () => getBoard(store, day),
    // Live events refresh the board within moments; while the stream is down it re-reads itself.
    refetchInterval: useFallbackInterval(10_000),
  });
}
