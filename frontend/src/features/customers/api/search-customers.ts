import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { CustomerPage } from '@/lib/api-types';
import { storeKey } from '@/lib/query-keys';

export const SEARCH_PAGE_SIZE = 20;

export async function searchCustomers(store: string, q: string, cursor?: string, limit = SEARCH_PAGE_SIZE): Promise<CustomerPage> {
  const query = { q, limit, ...(cursor ? { cursor } : {}) };
  return (await unwrap(api.GET('/api/stores/{store}/customers', { params: { path: { store }, query } }))).data;
}

/** Customers whose name or phone starts with `q` (R-ARC-1 search), page by page. */
export function useSearchCustomers(store: string, q: string) {
  return useInfiniteQuery({
    queryKey: [...storeKey(store), 'customers', 'search', q],
    queryFn: ({ pageParam }) => searchCustomers(store, q, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: q.length > 0,
  });
}
