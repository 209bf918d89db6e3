import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { CatalogueImport, CatalogueImportKind, CatalogueImportPage } from '@/lib/api-types';
import type { ApiError } from '@/lib/problem';
import { uploadFile } from '@/lib/upload-file';
import { catalogueKey } from './keys';

/** What an import answered: the import (IMPORTED, or a dry run's VALID / REJECTED), or its rejection with the import's address. */
export type ImportOutcome = { result: CatalogueImport } | { rejected: ApiError; importId: string | null };

/**
 * Uploads a price list or labour list (multipart `file`), reporting the upload's progress (0-1). A rejected import
 * (422 import-rejected) still has an import with its report: its id comes from Location.
 */
export async function importCatalogue(
  store: string,
  kind: CatalogueImportKind,
  dryRun: boolean,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<ImportOutcome> {
  const answer = await uploadFile(`/api/stores/${encodeURIComponent(store)}/catalogue/imports?kind=${kind}&dryRun=${dryRun}`, file, onProgress);
  if (answer.status === 200 || answer.status === 201) return { result: answer.body as CatalogueImport };
  const error = answer.error();
  const location = answer.header('Location');
  if (error.problem.code === 'import-rejected') return { rejected: error, importId: location ? location.substring(location.lastIndexOf('/') + 1) : null };
  throw error;
}

export async function getImport(store: string, id: string): Promise<CatalogueImport> {
  return (await unwrap(api.GET('/api/stores/{store}/catalogue/imports/{id}', { params: { path: { store, id } } }))).data as CatalogueImport;
}

export function useImport(store: string, id: string | null) {
  return useQuery({ queryKey: [...catalogueKey(store), 'imports', id], queryFn: () => getImport(store, id ?? ''), enabled: id !== null });
}

export function useImports(store: string) {
  return useQuery({
    queryKey: [...catalogueKey(store), 'imports'],
    queryFn: async (): Promise<CatalogueImportPage> => (await unwrap(api.GET('/api/stores/{store}/catalogue/imports', { params: { path: { store }, query: { limit: 10 } } }))).data,
  });
}

/** Downloads the rejected-rows report (CSV) as a file. */
export async function downloadReport(store: string, id: string): Promise<void> {
  const { response } = await unwrap(
    api.GET('/api/stores/{store}/catalogue/imports/{id}/report', { params: { path: { store, id } }, parseAs: 'blob', headers: { Accept: 'text/csv' } }),
  );
  const blob = await response.clone().blob();
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = `import-${id}-rejected-rows.csv`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(href);
}
