// The SPA's security headers, in one place: the Vite dev server and `vite preview` (what
// `make run` and the end-to-end tests serve) send them from here; nginx (docker/) sends the same
// production headers from docker/nginx-security-headers.conf, which scripts/check-security-headers.mjs
// keeps equal to this file.
//
// Content-Security-Policy: scripts only from the app's own origin; network only to the app, the API
// and Keycloak; Keycloak may be framed (silent token renewal) and posted to (logout), nothing else;
// the app itself may never be framed. Styles allow 'unsafe-inline' because Mantine sets style
// attributes and its theme variables at run time (no scripts can be injected through styles).
// The dev server additionally allows Vite's inline React-refresh preamble and its HMR socket.

export const DEFAULT_OIDC_AUTHORITY = 'http://localhost:8180/realms/dms';

/**
 * @param {{ oidcAuthority?: string, apiBaseUrl?: string, dev?: boolean }} [options]
 * @returns {Record<string, string>}
 */
export function securityHeaders({ oidcAuthority, apiBaseUrl, dev = false } = {}) {
  const keycloak = new URL(oidcAuthority || DEFAULT_OIDC_AUTHORITY).origin;
  const api = apiBaseUrl ? new URL(apiBaseUrl).origin : '';
  const sources = (...s) => s.filter(Boolean).join(' ');
  const csp = [
    "default-src 'self'",
    `script-src ${sources("'self'", dev && "'unsafe-inline'")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${sources("'self'", api, keycloak, dev && 'ws:')}`,
    `frame-src ${keycloak}`,
    `form-action ${sources("'self'", keycloak)}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  };
}
