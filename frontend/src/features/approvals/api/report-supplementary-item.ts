import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { SupplementaryItem, SupplementaryItemInput } from '@/lib/api-types';
import { newIdempotencyKey } from '@/lib/idempotency';
import { approvalKey } from './keys';

/** A photo from the phone's camera for an item (the server checks its content and size). */
export async function uploadItemPhoto(store: string, id: string, itemId: string, file: File): Promise<SupplementaryItem> {
  const form = new FormData();
  form.append('file', file);
  return (
    await unwrap(
      api.POST('/api/stores/{store}/repair-orders/{id}/supplementary-items/{itemId}/photos', {
        params: { path: { store, id, itemId } },
        body: { file: '' },
        bodySerializer: () => form,
      }),
    )
  ).data;
}

/**
 * R-REP-3: the technician reports the finding, then its photos go up one by one. One
 * Idempotency-Key per report, so a retried tap on a weak network never reports it twice.
 */
export async function reportSupplementaryItem(store: string, id: string, item: SupplementaryItemInput, photos: File[], key = newIdempotencyKey()): Promise<SupplementaryItem> {
  let reported = (
    await unwrap(
      api.POST('/api/stores/{store}/repair-orders/{id}/supplementary-items', {
        params: { path: { store, id }, header: { 'Idempotency-Key': key } },
        body: item,
      }),
    )
  ).data;
  for (const photo of photos) reported = await uploadItemPhoto(store, id, reported.id, photo);
  return reported;
}

export function useReportSupplementaryItem(store: string, id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ item, photos, key }: { item: SupplementaryItemInput; photos: File[]; key: string }) => reportSupplementaryItem(store, id, item, photos, key),
    onSuccess: () => void qc.invalidateQueries({ queryKey: approvalKey(store, id) }),
  });
}
