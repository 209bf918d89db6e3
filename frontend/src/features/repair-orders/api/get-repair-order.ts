import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { RepairOrder } from '@/lib/api-types';
import { useFallbackInterval } from '@/lib/live-status';
import { storeKey } from '@/lib/query-keys';

export async function getRepairOrder(store: string, id: string): Promise<RepairOrder> {
  return (await unwrap(api.GET('/api/stores/{store}/repair-orders/{id}', { params: { path: { store, id } } }))).data;
}

export const repairOrderKey = (store: string, id: string) => [...storeKey(store), 'repair-orders', id] as const;

/** A repair order with its lines, computed disclaimers and totals (R-CHK-4..7). */
export function useRepairOrder(store: string, id: string | null | undefined) {
  return useQuery({ queryKey: repairOrderKey(store, id ?? ''), queryFn: () => getRepairOrder(store, id ?? ''), enabled: !!id, refetchInterval: useFallbackInterval(15_000) });
}

/** The order's ETag is its version (the server's ETags.of): what a change sends as If-Match. */
export function etagOfOrder(order: Pick<RepairOrder, 'version'>): string {
  return `"${order.version}"`;
}
