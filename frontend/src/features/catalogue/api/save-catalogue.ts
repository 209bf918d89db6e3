import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { CatalogueOperation, CatalogueOperationInput, CataloguePart, CataloguePartInput } from '@/lib/api-types';
import { newIdempotencyKey } from '@/lib/idempotency';
import { catalogueKey } from './keys';

const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

export async function getPart(store: string, id: string): Promise<CataloguePart> {
  return (await unwrap(api.GET('/api/stores/{store}/catalogue/parts/{id}', { params: { path: { store, id } } }))).data as CataloguePart;
}

export async function getOperation(store: string, id: string): Promise<CatalogueOperation> {
  return (await unwrap(api.GET('/api/stores/{store}/catalogue/operations/{id}', { params: { path: { store, id } } }))).data as CatalogueOperation;
}

/** Adds a part (no id) or changes one (with the version read); the catalogue's lists are fetched again. */
export function useSavePart(store: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, body }: { id?: string; version?: number; body: CataloguePartInput }) =>
      id
        ? ((await unwrap(api.PUT('/api/stores/{store}/catalogue/parts/{id}', { params: { path: { store, id }, header: ifMatch(version ?? 0) }, body }))).data as CataloguePart)
        : ((await unwrap(api.POST('/api/stores/{store}/catalogue/parts', { params: { path: { store }, header: { 'Idempotency-Key': newIdempotencyKey() } }, body }))).data as CataloguePart),
    onSuccess: () => void client.invalidateQueries({ queryKey: catalogueKey(store) }),
  });
}

export function useSaveOperation(store: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, body }: { id?: string; version?: number; body: CatalogueOperationInput }) =>
      id
        ? ((await unwrap(api.PUT('/api/stores/{store}/catalogue/operations/{id}', { params: { path: { store, id }, header: ifMatch(version ?? 0) }, body }))).data as CatalogueOperation)
        : ((await unwrap(api.POST('/api/stores/{store}/catalogue/operations', { params: { path: { store }, header: { 'Idempotency-Key': newIdempotencyKey() } }, body }))).data as CatalogueOperation),
    onSuccess: () => void client.invalidateQueries({ queryKey: catalogueKey(store) }),
  });
}
