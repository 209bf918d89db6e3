import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { repairOrderKey } from './get-repair-order';

/** R-CHK-9: one signature's drawn image; a signature never changes, so it is cached for good. */
export async function getRepairOrderSignaturePng(store: string, id: string, signatureId: string): Promise<Blob> {
  const call = api.GET('/api/stores/{store}/repair-orders/{id}/signatures/{signatureId}/image', {
    params: { path: { store, id, signatureId } },
    headers: { Accept: 'image/png, application/problem+json' },
    parseAs: 'blob',
  });
  return (await unwrap(call)).data as unknown as Blob;
}

export function useRepairOrderSignaturePng(store: string, id: string, signatureId: string) {
  return useQuery({
    queryKey: [...repairOrderKey(store, id), 'signatures', signatureId, 'image'],
    queryFn: () => getRepairOrderSignaturePng(store, id, signatureId),
    staleTime: Infinity,
  });
}
