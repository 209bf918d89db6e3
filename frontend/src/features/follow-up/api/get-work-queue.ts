import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { WorkQueue } from '@/lib/api-types';
import { followUpKey } from './keys';

/** Today's calls (store time): offered ones in calling order, the others with why (R-FUP-4, R-FUP-6). */
export async function getWorkQueue(store: string): Promise<WorkQueue> {
  return (await unwrap(api.GET('/api/stores/{store}/follow-up/queue', { params: { path: { store } } }))).data;
}

export const workQueueKey = (store: string) => [...followUpKey(store), 'queue'] as const;

export function useWorkQueue(store: string) {
  return useQuery({ queryKey: workQueueKey(store), queryFn: () => getWorkQueue(store), refetchInterval: 60_000 });
}
