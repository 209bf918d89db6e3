import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { CataloguePartPage } from '@/lib/api-types';
import { catalogueKey } from './keys';

export async function searchParts(store: string, q: string, opts: { superseded?: boolean; limit?: number; cursor?: string } = {}): Promise<CataloguePartPage> {
  const query = { ...(q ? { q } : {}), limit: opts.limit ?? 20, ...(opts.superseded ? { superseded: true } : {}), ...(opts.cursor ? { cursor: opts.cursor } : {}) };
  return (await unwrap(api.GET('/api/stores/{store}/catalogue/parts', { params: { path: { store }, query } }))).data;
}

/** Parts found by number, old number, name or pinyin initials (search as you type); the last page stays while the next loads. */
export function useSearchParts(store: string, q: string, opts: { superseded?: boolean; limit?: number; enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...catalogueKey(store), 'parts', q, opts.superseded ?? false, opts.limit ?? 20],
    queryFn: () => searchParts(store, q, opts),
    enabled: opts.enabled ?? true,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
