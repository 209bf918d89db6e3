import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ServiceHistoryPage } from '@/lib/api-types';
import { storeKey } from '@/lib/query-keys';

export async function getServiceHistory(store: string, id: string, cursor?: string): Promise<ServiceHistoryPage> {
  return (await unwrap(api.GET('/api/stores/{store}/vehicles/{id}/service-history', { params: { path: { store, id }, query: { cursor, limit: 20 } } }))).data;
}

/** The vehicle's service card (R-ARC-4): its repair orders, newest first, page by page. */
export function useServiceHistory(store: string, id: string) {
  return useInfiniteQuery({
    queryKey: [...storeKey(store), 'vehicles', id, 'service-history'],
    queryFn: ({ pageParam }) => getServiceHistory(store, id, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
