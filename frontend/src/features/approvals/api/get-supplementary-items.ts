import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { SupplementaryItem } from '@/lib/api-types';
import { useFallbackInterval } from '@/lib/live-status';
import { approvalKey } from './keys';

export async function getSupplementaryItems(store: string, id: string): Promise<SupplementaryItem[]> {
  return (await unwrap(api.GET('/api/stores/{store}/repair-orders/{id}/supplementary-items', { params: { path: { store, id } } }))).data.items;
}

/** R-REP-3: the order's supplementary items with every version and photo. */
export function useSupplementaryItems(store: string, id: string) {
  return useQuery({ queryKey: [...approvalKey(store, id), 'items'], queryFn: () => getSupplementaryItems(store, id), refetchInterval: useFallbackInterval(15_000) });
}
