import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '@/lib/api-client';
import type { VehicleInput } from '@/lib/api-types';
import { storeKey } from '@/lib/query-keys';
import { vehicleQueryKey, type VehicleWithEtag } from './get-vehicle';

/** PUT with If-Match: 412 means someone else saved first. */
export async function updateVehicle(store: string, id: string, body: VehicleInput, etag: string): Promise<VehicleWithEtag> {
  const { data, response } = await unwrap(
    api.PUT('/api/stores/{store}/vehicles/{id}', {
      params: { path: { store, id }, header: { 'If-Match': etag } },
      body,
    }),
  );
  return { vehicle: data, etag: etagOf(response) };
}

export function useUpdateVehicle(store: string, id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: VehicleInput; etag: string }) => updateVehicle(store, id, body, etag),
    onSuccess: async (saved) => {
      if (saved.etag) qc.setQueryData(vehicleQueryKey(store, id), saved);
      await qc.invalidateQueries({ queryKey: storeKey(store) });
    },
  });
}
