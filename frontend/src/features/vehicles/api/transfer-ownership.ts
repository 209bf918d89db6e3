import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '@/lib/api-client';
import type { TransferOwnership } from '@/lib/api-types';
import { storeKey } from '@/lib/query-keys';
import { vehicleQueryKey, type VehicleWithEtag } from './get-vehicle';

/** Hands the vehicle to another customer; its history goes with it (R-ARC-2). */
export async function transferOwnership(store: string, id: string, body: TransferOwnership, etag: string): Promise<VehicleWithEtag> {
  const { data, response } = await unwrap(
    api.POST('/api/stores/{store}/vehicles/{id}/transfer-ownership', {
      params: { path: { store, id }, header: { 'If-Match': etag } },
      body,
    }),
  );
  return { vehicle: data, etag: etagOf(response) };
}

export function useTransferOwnership(store: string, id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: TransferOwnership; etag: string }) => transferOwnership(store, id, body, etag),
    onSuccess: async (saved) => {
      if (saved.etag) qc.setQueryData(vehicleQueryKey(store, id), saved);
      await qc.invalidateQueries({ queryKey: storeKey(store) });
    },
  });
}
