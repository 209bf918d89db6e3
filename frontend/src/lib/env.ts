import * as z from 'zod/mini';

/**
 * Build-time configuration (Vite `VITE_*` variables), validated once at start so that a
 * misconfigured deployment fails with a clear message instead of a half-working login.
 */
const EnvSchema = z.object({
  VITE_OIDC_AUTHORITY: z._default(z.url({ protocol: /^https?$/ }), 'http://localhost:8180/realms/dms'),
  VITE_OIDC_CLIENT_ID: z._default(z.string().check(z.minLength(1)), 'dms-spa'),
  /** Absolute API origin; empty means same origin (vite proxies /api to the backend). */
  VITE_API_BASE_URL: z._default(z.union([z.literal(''), z.url({ protocol: /^https?$/ })]), ''),
});

export type Env = {
  oidcAuthority: string;
  oidcClientId: string;
  apiBaseUrl: string;
};

export class EnvError extends Error {
  override name = 'EnvError';
}

/** Treats empty strings as "unset" so that `VITE_X=` in a .env file falls back to the default. */
function blankToUndefined(raw: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v === '' ? undefined : v]));
}

export function parseEnv(raw: Record<string, unknown>): Env {
  const result = EnvSchema.safeParse(blankToUndefined(raw));
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new EnvError(`Invalid frontend configuration:\n${lines.join('\n')}`);
  }
  const e = result.data;
  return {
    oidcAuthority: e.VITE_OIDC_AUTHORITY.replace(/\/+$/, ''),
    oidcClientId: e.VITE_OIDC_CLIENT_ID,
    apiBaseUrl: e.VITE_API_BASE_URL.replace(/\/+$/, ''),
  };
}

let cached: Env | undefined;

/** The validated environment; throws {@link EnvError} on invalid values. */
export function env(): Env {
  cached ??= parseEnv(import.meta.env as Record<string, unknown>);
  return cached;
}
