import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '@/lib/api-client';
import type { CustomerInput } from '@/lib/api-types';
import { storeKey } from '@/lib/query-keys';
import { customerQueryKey, type CustomerWithEtag } from './get-customer';

/** PUT with If-Match: 412 means someone else saved first (optimistic concurrency). */
export async function updateCustomer(store: string, id: string, body: CustomerInput, etag: string): Promise<CustomerWithEtag> {
  const { data, response } = await unwrap(
    api.PUT('/api/stores/{store}/customers/{id}', {
      params: { path: { store, id }, header: { 'If-Match': etag } },
      body,
    }),
  );
  return { customer: data, etag: etagOf(response) };
}

export function useUpdateCustomer(store: string, id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: CustomerInput; etag: string }) => updateCustomer(store, id, body, etag),
    onSuccess: async (saved) => {
      // A PUT response may lack an ETag; then the next edit reloads the record first.
      if (saved.etag) qc.setQueryData(customerQueryKey(store, id), saved);
      await qc.invalidateQueries({ queryKey: storeKey(store), refetchType: 'active' });
    },
  });
}
