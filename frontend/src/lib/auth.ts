import { UserManager, WebStorageStateStore, type UserManagerSettings } from 'oidc-client-ts';
import type { Env } from './env';

export const ROLES = ['advisor', 'workshop', 'cashier', 'customer-service', 'service-manager'] as const;
export type Role = (typeof ROLES)[number];

export const CALLBACK_PATH = '/auth/callback';

export function oidcSettings(e: Env, origin = window.location.origin): UserManagerSettings {
  return {
    authority: e.oidcAuthority,
    client_id: e.oidcClientId,
    redirect_uri: origin + CALLBACK_PATH,
    post_logout_redirect_uri: origin + '/',
    response_type: 'code', // authorization code + PKCE (oidc-client-ts always sends a code_challenge)
    scope: 'openid profile email',
    // Renews the access token with the refresh token shortly before it expires.
    automaticSilentRenew: true,
    // Session monitoring uses a third-party-cookie iframe; an expired session surfaces as a 401 instead.
    monitorSession: false,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  };
}

export function createUserManager(e: Env): UserManager {
  return new UserManager(oidcSettings(e));
}

function decodeJwtPayload(token: string): Record<string, unknown> | null {
  const part = token.split('.')[1];
  if (!part) return null;
  try {
    const b64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const payload: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Keycloak puts realm roles in the access token's `realm_access.roles`; unknown roles are ignored. */
export function rolesFromAccessToken(token: string | undefined | null): Role[] {
  if (!token) return [];
  const realmAccess = decodeJwtPayload(token)?.realm_access;
  const roles = typeof realmAccess === 'object' && realmAccess !== null ? (realmAccess as { roles?: unknown }).roles : undefined;
  if (!Array.isArray(roles)) return [];
  return roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r as string));
}
