import { describe, expect, it } from 'vitest';
import { oidcSettings, rolesFromAccessToken } from './auth';

function token(payload: object): string {
  const b64url = (s: string) => btoa(String.fromCharCode(...new TextEncoder().encode(s))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${b64url('{"alg":"RS256"}')}.${b64url(JSON.stringify(payload))}.sig`;
}

describe('auth', () => {
  it('reads realm roles from a Keycloak access token and ignores others', () => {
    const t = token({ name: '王小明', realm_access: { roles: ['advisor', 'offline_access', 'default-roles-dms'] }, stores: ['BJ01'] });
    expect(rolesFromAccessToken(t)).toEqual(['advisor']);
  });

  it('is empty for missing or broken tokens', () => {
    expect(rolesFromAccessToken(undefined)).toEqual([]);
    expect(rolesFromAccessToken('garbage')).toEqual([]);
    expect(rolesFromAccessToken(token({}))).toEqual([]);
  });

  it('uses code flow with the callback on this origin', () => {
    const s = oidcSettings({ oidcAuthority: 'http://kc/realms/dms', oidcClientId: 'dms-spa', apiBaseUrl: '' }, 'http://localhost:5173');
    expect(s.response_type).toBe('code');
    expect(s.redirect_uri).toBe('http://localhost:5173/auth/callback');
    expect(s.post_logout_redirect_uri).toBe('http://localhost:5173/');
    expect(s.automaticSilentRenew).toBe(true);
  });
});
