import { useQuery } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '@/lib/api-client';
import type { Customer } from '@/lib/api-types';
import { storeKey } from '@/lib/query-keys';

export type CustomerWithEtag = { customer: Customer; etag: string | null };

export async function getCustomer(store: string, id: string): Promise<CustomerWithEtag> {
  const { data, response } = await unwrap(api.GET('/api/stores/{store}/customers/{id}', { params: { path: { store, id } } }));
  return { customer: data, etag: etagOf(response) };
}

export const customerQueryKey = (store: string, id: string) => [...storeKey(store), 'customers', id] as const;

/** A customer and the ETag to send back as If-Match when editing. */
export function useCustomer(store: string, id: string, enabled = id !== '') {
  return useQuery({ queryKey: customerQueryKey(store, id), queryFn: () => getCustomer(store, id), enabled });
}
