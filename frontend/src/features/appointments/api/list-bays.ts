import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Bay } from '@/lib/api-types';
import { setupKey } from './keys';

export async function listBays(store: string): Promise<Bay[]> {
  return (await unwrap(api.GET('/api/stores/{store}/bays', { params: { path: { store } } }))).data;
}

/** The workshop's active bays (the calendar's per-bay-type capacity). */
export function useBays(store: string, enabled = true) {
  return useQuery({
    queryKey: [...setupKey(store), 'bays'],
    queryFn: () => listBays(store),
    staleTime: 5 * 60_000,
    enabled,
    select: (all) => all.filter((b) => b.active),
  });
}
