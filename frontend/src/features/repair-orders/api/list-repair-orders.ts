import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { RepairOrderPage, RepairOrderStatus } from '@/lib/api-types';
import { useFallbackInterval } from '@/lib/live-status';
import { storeKey } from '@/lib/query-keys';

/** The order list's filters; they combine (see the API's listRepairOrders). */
export type RepairOrderFilter = { statuses?: RepairOrderStatus[]; open?: boolean; today?: boolean; late?: boolean; advisorId?: string; vehicleId?: string; q?: string };

export async function listRepairOrders(store: string, filter: RepairOrderFilter, limit = 50, cursor?: string): Promise<RepairOrderPage> {
  const query = {
    status: filter.statuses && filter.statuses.length > 0 ? filter.statuses : undefined,
    open: filter.open || undefined,
    today: filter.today || undefined,
    late: filter.late || undefined,
    advisorId: filter.advisorId || undefined,
    vehicleId: filter.vehicleId || undefined,
    q: filter.q?.trim() || undefined,
    limit,
    cursor,
  };
  return (await unwrap(api.GET('/api/stores/{store}/repair-orders', { params: { path: { store }, query } }))).data;
}

/** Orders in one state, e.g. the drafts (appointment drafts and unfinished check-ins) to resume. */
export function useRepairOrders(store: string, status: RepairOrderStatus) {
  return useQuery({ queryKey: [...storeKey(store), 'repair-orders', 'list', status], queryFn: () => listRepairOrders(store, { statuses: [status] }) });
}

/** The advisor's and foreman's list: newest first, page by page (keyset cursor). */
export function useRepairOrderList(store: string, filter: RepairOrderFilter) {
  return useInfiniteQuery({
    queryKey: [...storeKey(store), 'repair-orders', 'list', 'filtered', filter],
    queryFn: ({ pageParam }) => listRepairOrders(store, filter, 30, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: useFallbackInterval(15_000),
  });
}

const IN_THE_SHOP: RepairOrderStatus[] = ['DRAFT', 'AWAITING_SIGNATURE', 'OPEN', 'IN_PROGRESS', 'QUALITY_CHECK', 'READY_FOR_DELIVERY'];

/** What a vehicle already has in the shop (drafts included): check-in offers it instead of a second order. */
export function useOpenOrdersOfVehicle(store: string, vehicleId: string | undefined) {
  return useQuery({
    queryKey: [...storeKey(store), 'repair-orders', 'list', 'vehicle', vehicleId],
    queryFn: () => listRepairOrders(store, { vehicleId, statuses: IN_THE_SHOP }, 10),
    enabled: vehicleId !== undefined,
  });
}
