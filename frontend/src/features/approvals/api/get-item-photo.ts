import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { approvalKey } from './keys';

/** An item photo's thumbnail (with the bearer token); a photo never changes, so it is cached for good. */
export async function getItemPhotoThumbnail(store: string, id: string, itemId: string, photoId: string): Promise<Blob> {
  const call = api.GET('/api/stores/{store}/repair-orders/{id}/supplementary-items/{itemId}/photos/{photoId}/thumbnail', {
    params: { path: { store, id, itemId, photoId } },
    headers: { Accept: 'image/jpeg, application/problem+json' },
    parseAs: 'blob',
  });
  return (await unwrap(call)).data as unknown as Blob;
}

export function useItemPhotoThumbnail(store: string, id: string, itemId: string, photoId: string) {
  return useQuery({
    queryKey: [...approvalKey(store, id), 'photos', photoId],
    queryFn: () => getItemPhotoThumbnail(store, id, itemId, photoId),
    staleTime: Infinity,
  });
}
