import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { VehiclePage } from '@/lib/api-types';
import { storeKey } from '@/lib/query-keys';

export const SEARCH_PAGE_SIZE = 20;

export async function searchVehicles(store: string, q: string, cursor?: string, limit = SEARCH_PAGE_SIZE): Promise<VehiclePage> {
  const query = { q, limit, ...(cursor ? { cursor } : {}) };
  return (await unwrap(api.GET('/api/stores/{store}/vehicles', { params: { path: { store }, query } }))).data;
}

/** Vehicles whose plate or VIN starts with `q` (case-insensitive), page by page. */
export function useSearchVehicles(store: string, q: string) {
  return useInfiniteQuery({
    queryKey: [...storeKey(store), 'vehicles', 'search', q],
    queryFn: ({ pageParam }) => searchVehicles(store, q, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: q.length > 0,
  });
}
