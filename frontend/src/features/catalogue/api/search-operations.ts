import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { CatalogueOperationPage } from '@/lib/api-types';
import { catalogueKey } from './keys';

export async function searchOperations(store: string, q: string, model?: string, limit = 20): Promise<CatalogueOperationPage> {
  const query = { ...(q ? { q } : {}), ...(model ? { model } : {}), limit };
  return (await unwrap(api.GET('/api/stores/{store}/catalogue/operations', { params: { path: { store }, query } }))).data;
}

/** Labour operations by code, name or pinyin initials; `model` gives its model family's flat-rate hours (R-CHK-4). */
export function useSearchOperations(store: string, q: string, opts: { model?: string; limit?: number; enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...catalogueKey(store), 'operations', q, opts.model ?? '', opts.limit ?? 20],
    queryFn: () => searchOperations(store, q, opts.model, opts.limit),
    enabled: opts.enabled ?? true,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
