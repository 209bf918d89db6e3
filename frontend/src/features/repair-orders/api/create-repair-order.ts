import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { CreateRepairOrder, RepairOrder } from '@/lib/api-types';
import { repairOrderKey } from './get-repair-order';

export async function createRepairOrder(store: string, body: CreateRepairOrder, idempotencyKey: string): Promise<RepairOrder> {
  return (
    await unwrap(api.POST('/api/stores/{store}/repair-orders', { params: { path: { store }, header: { 'Idempotency-Key': idempotencyKey } }, body }))
  ).data;
}

/** A walk-in repair order (DRAFT); a retry with the same key cannot create a second one. */
export function useCreateRepairOrder(store: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ body, key }: { body: CreateRepairOrder; key: string }) => createRepairOrder(store, body, key),
    onSuccess: (order) => qc.setQueryData(repairOrderKey(store, order.id), order),
  });
}
