import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { DeclinedSafetyItem, OrderAuthorization } from '@/lib/api-types';
import { useFallbackInterval } from '@/lib/live-status';
import { approvalKey } from './keys';

export async function getAuthorization(store: string, id: string): Promise<OrderAuthorization> {
  return (await unwrap(api.GET('/api/stores/{store}/repair-orders/{id}/authorization', { params: { path: { store, id } } }))).data;
}

/** R-REP-3: what the customer authorized, whether the order is within it, and every decision. */
export function useAuthorization(store: string, id: string) {
  return useQuery({ queryKey: [...approvalKey(store, id), 'authorization'], queryFn: () => getAuthorization(store, id), refetchInterval: useFallbackInterval(15_000) });
}

export async function getDeclinedSafetyItems(store: string, id: string): Promise<DeclinedSafetyItem[]> {
  return (await unwrap(api.GET('/api/stores/{store}/repair-orders/{id}/declined-safety-items', { params: { path: { store, id } } }))).data.items;
}

/** R-REP-4: safety-critical items the customer declined, signed for at delivery. */
export function useDeclinedSafetyItems(store: string, id: string) {
  return useQuery({ queryKey: [...approvalKey(store, id), 'declined-safety'], queryFn: () => getDeclinedSafetyItems(store, id) });
}
