import { useQuery } from '@tanstack/react-query';
import { api, authorizationHeader, baseUrl, reportUnauthorized, unwrap } from '@/lib/api-client';
import type { CatalogueImport, CatalogueImportKind, CatalogueImportPage } from '@/lib/api-types';
import { ApiError, toProblem } from '@/lib/problem';
import { catalogueKey } from './keys';

/** What an import answered: the import (IMPORTED, or a dry run's VALID / REJECTED), or its rejection with the import's address. */
export type ImportOutcome = { result: CatalogueImport } | { rejected: ApiError; importId: string | null };

/**
 * Uploads a price list or labour list (multipart `file`), reporting the upload's progress (0-1);
 * an XMLHttpRequest, since fetch tells nothing of an upload's progress. A rejected import
 * (422 import-rejected) still has an import with its report: its id comes from Location.
 */
export async function importCatalogue(
  store: string,
  kind: CatalogueImportKind,
  dryRun: boolean,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<ImportOutcome> {
  const form = new FormData();
  form.append('file', file, file.name);
  const headers = await authorizationHeader();
  const url = `${baseUrl()}/api/stores/${encodeURIComponent(store)}/catalogue/imports?kind=${kind}&dryRun=${dryRun}`;
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    Object.entries(headers).forEach(([k, v]) => xhr.setRequestHeader(k, v));
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(ApiError.network(new Error('upload failed')));
    xhr.onload = () => {
      let body: unknown = xhr.responseText;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // not JSON: kept as text for the problem
      }
      if (xhr.status === 401) reportUnauthorized();
      if (xhr.status === 200 || xhr.status === 201) {
        resolve({ result: body as CatalogueImport });
        return;
      }
      const error = new ApiError(xhr.status, toProblem(xhr.status, body, xhr.statusText, xhr.getResponseHeader('X-Request-Id')));
      const location = xhr.getResponseHeader('Location');
      if (error.problem.code === 'import-rejected') {
        resolve({ rejected: error, importId: location ? location.substring(location.lastIndexOf('/') + 1) : null });
        return;
      }
      reject(error);
    };
    xhr.send(form);
  });
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
