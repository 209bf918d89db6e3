import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { RepairOrder } from '@/lib/api-types';
import { storeKey } from '@/lib/query-keys';

export async function getRepairOrder(store: string, id: string): Promise<RepairOrder> {
  return (await unwrap(api.GET('/api/stores/{store}/repair-orders/{id}', { params: { path: { store, id } } }))).data;
}

/** A repair order; for now the drafts prepared from appointments (R-PRE-1..3). */
export function useRepairOrder(store: string, id: string | null | undefined) {
  return useQuery({ queryKey: [...storeKey(store), 'repair-orders', id ?? ''], queryFn: () => getRepairOrder(store, id ?? ''), enabled: !!id });
}
