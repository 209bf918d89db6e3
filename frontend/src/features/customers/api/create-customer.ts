import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '@/lib/api-client';
import type { CustomerInput } from '@/lib/api-types';
import { storeKey } from '@/lib/query-keys';
import type { CustomerWithEtag } from './get-customer';
import { customerQueryKey } from './get-customer';

export async function createCustomer(store: string, body: CustomerInput, idempotencyKey: string): Promise<CustomerWithEtag> {
  const { data, response } = await unwrap(
    api.POST('/api/stores/{store}/customers', {
      params: { path: { store }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
  return { customer: data, etag: etagOf(response) };
}

export function useCreateCustomer(store: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: CustomerInput; idempotencyKey: string }) => createCustomer(store, body, idempotencyKey),
    onSuccess: async (created) => {
      qc.setQueryData(customerQueryKey(store, created.customer.id), created);
      await qc.invalidateQueries({ queryKey: [...storeKey(store), 'customers', 'search'] });
    },
  });
}
