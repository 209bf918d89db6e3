import { vi } from 'vitest';

export type Handler = (request: Request) => Response | Promise<Response>;

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

export const problem = (body: Record<string, unknown>) =>
  new Response(JSON.stringify(body), { status: Number(body.status ?? 400), headers: { 'Content-Type': 'application/problem+json' } });

/**
 * Replaces fetch with a table of "METHOD /path" → handler (query strings ignored).
 * Returns the spy, so tests can look at the requests that were made.
 */
export function stubFetch(routes: Record<string, Handler>) {
  const spy = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const handler = routes[`${request.method} ${url.pathname}`];
    if (!handler) return problem({ status: 404, title: 'Not Found', detail: `no stub for ${request.method} ${url.pathname}` });
    return handler(request);
  });
  vi.stubGlobal('fetch', spy);
  return spy;
}

export function requestsTo(spy: ReturnType<typeof stubFetch>, method: string, path: string): Request[] {
  return spy.mock.calls
    .map(([input, init]) => (input instanceof Request ? input : new Request(input as RequestInfo, init)))
    .filter((r) => r.method === method && new URL(r.url).pathname === path);
}
