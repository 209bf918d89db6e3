import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './api-types';
import { env } from './env';
import { ApiError, toProblem } from './problem';

type AuthHooks = {
  /** The current access token, or null when signed out. */
  getAccessToken: () => Promise<string | null>;
  /** Called once on a 401: the session is gone (expired, revoked), sign in again. */
  onUnauthorized: () => void;
};

let auth: AuthHooks = { getAccessToken: async () => null, onUnauthorized: () => undefined };

export function configureApiAuth(hooks: AuthHooks): void {
  auth = hooks;
}

const authMiddleware: Middleware = {
  async onRequest({ request }) {
    const token = await auth.getAccessToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    // A call that asks for another representation (an image) keeps its own Accept.
    if (!request.headers.has('Accept')) request.headers.set('Accept', 'application/json, application/problem+json');
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401) auth.onUnauthorized();
    return response;
  },
};

/**
 * fetch with the signed-in user's bearer token, read afresh on every call (the live stream
 * reconnects through it, so a renewed token is used). Not for the typed API: use {@link api}.
 */
export async function authorizedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const token = await auth.getAccessToken();
  const headers = new Headers(init?.headers);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  return globalThis.fetch(input, { ...init, headers });
}

/** An absolute URL of the API (same origin unless VITE_API_BASE_URL says otherwise). */
export function apiUrl(path: string): string {
  return baseUrl() + path;
}

export function baseUrl(): string {
  return env().apiBaseUrl || window.location.origin;
}

/**
 * The Authorization header for a request openapi-fetch cannot make: an upload whose progress
 * the screen shows (XMLHttpRequest), e.g. a price-list import.
 */
export async function authorizationHeader(): Promise<Record<string, string>> {
  const token = await auth.getAccessToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/** For an XMLHttpRequest answered 401: the same as for a fetch. */
export function reportUnauthorized(): void {
  auth.onUnauthorized();
}

/** Typed client for the backend; paths and bodies come from the OpenAPI contract. */
export const api = createClient<paths>({
  baseUrl: baseUrl(),
  // Resolve fetch at call time (tests stub globalThis.fetch after this module loads).
  fetch: (request) => globalThis.fetch(request),
});
api.use(authMiddleware);

type Result<D> = { data?: D; error?: unknown; response: Response };

/**
 * Awaits an openapi-fetch call and turns every failure into an {@link ApiError}
 * carrying the problem+json body (detail, code, violations).
 */
export async function unwrap<D>(call: Promise<Result<D>>): Promise<{ data: D; response: Response }> {
  let result: Result<D>;
  try {
    result = await call;
  } catch (e) {
    throw ApiError.network(e);
  }
  const { data, error, response } = result;
  if (!response.ok || error !== undefined) {
    throw new ApiError(response.status, toProblem(response.status, error, response.statusText, response.headers.get('X-Request-Id')));
  }
  return { data: data as D, response };
}

/** The entity tag of a response, for a later If-Match. */
export function etagOf(response: Response): string | null {
  return response.headers.get('ETag');
}
