import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { RepairOrderPage, RepairOrderStatus } from '@/lib/api-types';
import { storeKey } from '@/lib/query-keys';

export async function listRepairOrders(store: string, status: RepairOrderStatus, limit = 50): Promise<RepairOrderPage> {
  return (await unwrap(api.GET('/api/stores/{store}/repair-orders', { params: { path: { store }, query: { status, limit } } }))).data;
}

/** Orders in one state, e.g. the drafts (appointment drafts and unfinished check-ins) to resume. */
export function useRepairOrders(store: string, status: RepairOrderStatus) {
  return useQuery({ queryKey: [...storeKey(store), 'repair-orders', 'list', status], queryFn: () => listRepairOrders(store, status) });
}
