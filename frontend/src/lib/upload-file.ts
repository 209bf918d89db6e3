import { authorizationHeader, baseUrl, reportUnauthorized } from './api-client';
import { ApiError, toProblem } from './problem';

/** What the server answered an upload: its status, its body (JSON when it is), and its headers. */
export type UploadAnswer = { status: number; body: unknown; header: (name: string) => string | null; error: () => ApiError };

/**
 * POSTs one file as the multipart part `file`, reporting the upload's progress (0-1): an XMLHttpRequest,
 * since fetch tells nothing of an upload's progress (price-list imports, campaign VIN lists). Resolves with
 * whatever the server answered; rejects only when the request could not be made.
 */
export async function uploadFile(path: string, file: File, onProgress: (fraction: number) => void): Promise<UploadAnswer> {
  const form = new FormData();
  form.append('file', file, file.name);
  const headers = await authorizationHeader();
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${baseUrl()}${path}`);
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
      resolve({
        status: xhr.status,
        body,
        header: (name) => xhr.getResponseHeader(name),
        error: () => new ApiError(xhr.status, toProblem(xhr.status, body, xhr.statusText, xhr.getResponseHeader('X-Request-Id'))),
      });
    };
    xhr.send(form);
  });
}
