import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '@/lib/api-client';
import type { VehicleInput } from '@/lib/api-types';
import { storeKey } from '@/lib/query-keys';
import { vehicleQueryKey, type VehicleWithEtag } from './get-vehicle';

export async function createVehicle(store: string, body: VehicleInput, idempotencyKey: string): Promise<VehicleWithEtag> {
  const { data, response } = await unwrap(
    api.POST('/api/stores/{store}/vehicles', {
      params: { path: { store }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
  return { vehicle: data, etag: etagOf(response) };
}

export function useCreateVehicle(store: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: VehicleInput; idempotencyKey: string }) => createVehicle(store, body, idempotencyKey),
    onSuccess: async (created) => {
      qc.setQueryData(vehicleQueryKey(store, created.vehicle.id), created);
      // The owner's vehicle list and any search results change too.
      await qc.invalidateQueries({ queryKey: storeKey(store) });
    },
  });
}
