import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '@/lib/api-client';
import type { ReadinessInput } from '@/lib/api-types';
import { appointmentsKey } from './keys';
import { readinessKey, type ReadinessWithEtag } from './get-readiness';

/** Records the check; anything NOT_READY opens an advisor task to tell the customer (R-PRE-4). */
export async function updateReadiness(store: string, id: string, body: ReadinessInput, etag: string): Promise<ReadinessWithEtag> {
  const { data, response } = await unwrap(
    api.PUT('/api/stores/{store}/appointments/{id}/readiness', { params: { path: { store, id }, header: { 'If-Match': etag } }, body }),
  );
  return { readiness: data, etag: etagOf(response) ?? `"${data.version}"` };
}

export function useUpdateReadiness(store: string, id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: ReadinessInput; etag: string }) => updateReadiness(store, id, body, etag),
    onSuccess: async (saved) => {
      qc.setQueryData(readinessKey(store, id), saved);
      await qc.invalidateQueries({ queryKey: appointmentsKey(store) });
    },
  });
}
