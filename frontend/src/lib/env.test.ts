import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './env';

describe('env', () => {
  it('falls back to the local defaults', () => {
    expect(parseEnv({})).toEqual({ oidcAuthority: 'http://localhost:8180/realms/dms', oidcClientId: 'dms-spa', apiBaseUrl: '' });
    expect(parseEnv({ VITE_OIDC_CLIENT_ID: '' }).oidcClientId).toBe('dms-spa');
  });

  it('fails fast with a clear message', () => {
    expect(() => parseEnv({ VITE_OIDC_AUTHORITY: 'not a url' })).toThrow(EnvError);
    expect(() => parseEnv({ VITE_OIDC_AUTHORITY: 'not a url' })).toThrow(/VITE_OIDC_AUTHORITY/);
  });
});
