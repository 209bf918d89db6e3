// The production realm template (issue 15): docker/keycloak/dms-realm.production.json is imported
// into the e2e's real Keycloak 26 next to the dev realm (as `dms-production`, docker/local/lib.sh),
// its properties are read back through the Keycloak admin REST API and tried live (no password grant,
// PKCE required, no demo users, brute-force protection, short tokens), and a second backend instance
// on the same database (8081, trusting only that realm) accepts its integrator's token — store-scoped —
// while the dev backend refuses it.
import { API_URL, KEYCLOAK_URL, clientToken } from '../lib/api.mjs';
import { BASE_URL, assert } from '../lib/browser.mjs';

export const name = 'the production realm imports into Keycloak with its safe settings and its tokens work on a backend that trusts it';

const REALM = process.env.E2E_PRODUCTION_REALM || 'dms-production';
const PRODUCTION_API_URL = (process.env.E2E_PRODUCTION_API_URL || 'http://localhost:8081').replace(/\/+$/, '');
const DEMO_USERS = ['advisor', 'workshop', 'cashier', 'cs', 'manager'];
/** Keycloak's own clients of every realm (admin console, account console, …); the template adds the rest. */
const BUILT_IN = new Set(['account', 'account-console', 'admin-cli', 'broker', 'realm-management', 'security-admin-console']);
const form = (fields) => ({ method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) });

async function adminToken() {
  const res = await fetch(`${KEYCLOAK_URL}/realms/master/protocol/openid-connect/token`,
    form({ grant_type: 'password', client_id: 'admin-cli', username: 'admin', password: 'admin' }));
  assert(res.ok, `Keycloak admin token: HTTP ${res.status}`);
  return (await res.json()).access_token;
}

function claims(jwt) {
  return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));
}

async function lookup(apiUrl, bearer, store) {
  const res = await fetch(`${apiUrl}/api/stores/${store}/vehicles/lookup?plate=${encodeURIComponent('京A00000')}`, {
    headers: { Authorization: `Bearer ${bearer}`, Accept: 'application/json, application/problem+json' },
  });
  return { status: res.status, body: await res.text() };
}

export async function run(ctx, step) {
  const admin = await adminToken();
  const get = async (path) => {
    const res = await fetch(`${KEYCLOAK_URL}/admin/realms/${REALM}${path}`, { headers: { Authorization: `Bearer ${admin}` } });
    assert(res.ok, `admin GET ${path}: HTTP ${res.status}`);
    return res.json();
  };
  let clients;

  await step('the realm has brute-force protection on, requires TLS from outside and keeps tokens and sessions short', async () => {
    const r = await get('');
    assert(r.enabled === true, 'realm enabled');
    assert(r.bruteForceProtected === true, 'brute-force protection is on');
    assert(r.failureFactor > 0 && r.failureFactor <= 10, `locked after at most 10 failures: ${r.failureFactor}`);
    assert(r.sslRequired === 'external' || r.sslRequired === 'all', `TLS required: ${r.sslRequired}`);
    assert(r.registrationAllowed === false, 'no self-registration');
    assert(r.accessTokenLifespan > 0 && r.accessTokenLifespan <= 300, `access tokens live at most 5 min: ${r.accessTokenLifespan}s`);
    assert(r.ssoSessionIdleTimeout > 0 && r.ssoSessionIdleTimeout <= 1800, `idle sessions end within 30 min: ${r.ssoSessionIdleTimeout}s`);
    assert(r.ssoSessionMaxLifespan > 0 && r.ssoSessionMaxLifespan <= 36000, `sessions end within 10 h: ${r.ssoSessionMaxLifespan}s`);
    assert(r.revokeRefreshToken === true, 'refresh tokens are single-use');
    assert(/length\((\d+)\)/.test(r.passwordPolicy ?? '') && Number(/length\((\d+)\)/.exec(r.passwordPolicy)[1]) >= 12, `password policy: ${r.passwordPolicy}`);
  });

  await step('only the web app and the integrator client, neither with a password or implicit grant; the web app requires PKCE S256 on its own origin', async () => {
    clients = (await get('/clients')).filter((c) => !BUILT_IN.has(c.clientId));
    const ids = clients.map((c) => c.clientId).sort();
    assert(JSON.stringify(ids) === JSON.stringify(['dms-integrator', 'dms-spa']), `clients: ${ids.join(', ')} (never dms-cli or dms-partner)`);
    for (const c of clients) {
      assert(c.directAccessGrantsEnabled !== true, `${c.clientId}: password grant enabled`);
      assert(c.implicitFlowEnabled !== true, `${c.clientId}: implicit flow enabled`);
    }
    const spa = clients.find((c) => c.clientId === 'dms-spa');
    assert(spa.publicClient === true && spa.standardFlowEnabled === true, 'dms-spa: public, authorization-code flow');
    assert(spa.attributes?.['pkce.code.challenge.method'] === 'S256', `dms-spa: PKCE S256 required (${spa.attributes?.['pkce.code.challenge.method']})`);
    const origin = new URL(BASE_URL).origin;
    assert(spa.redirectUris.length > 0 && spa.redirectUris.every((u) => u === `${origin}/*`), `redirect URIs from DMS_SPA_URL only: ${spa.redirectUris}`);
    assert(spa.webOrigins.every((u) => u === origin), `web origins: ${spa.webOrigins}`);
  });

  await step('live: the password grant is refused, an authorization request without PKCE is refused, one with PKCE gets the login page', async () => {
    for (const clientId of ['dms-spa', 'dms-cli']) {
      const res = await fetch(`${KEYCLOAK_URL}/realms/${REALM}/protocol/openid-connect/token`,
        form({ grant_type: 'password', client_id: clientId, username: 'advisor', password: 'demo' }));
      const body = await res.json();
      assert(res.status === 400 || res.status === 401, `${clientId} password grant: HTTP ${res.status}`);
      assert(['unauthorized_client', 'invalid_client'].includes(body.error), `${clientId} password grant: ${JSON.stringify(body)}`);
    }
    const auth = (extra) => fetch(`${KEYCLOAK_URL}/realms/${REALM}/protocol/openid-connect/auth?${new URLSearchParams({
      client_id: 'dms-spa', redirect_uri: `${new URL(BASE_URL).origin}/`, response_type: 'code', scope: 'openid', state: 's1', ...extra,
    })}`, { redirect: 'manual' });
    const without = await auth({});
    const location = without.headers.get('location') ?? '';
    assert(without.status === 302 && /error=invalid_request/.test(location) && /code_challenge/.test(decodeURIComponent(location)),
      `without PKCE: HTTP ${without.status} ${location}`);
    const withPkce = await auth({ code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', code_challenge_method: 'S256' });
    assert(withPkce.status === 200 && /<form/i.test(await withPkce.text()), `with PKCE: HTTP ${withPkce.status} (the login page)`);
  });

  await step('no demo users: none of the demo log-ins exists, only the integrator\'s service account', async () => {
    for (const username of DEMO_USERS) {
      const found = await get(`/users?username=${username}&exact=true`);
      assert(found.length === 0, `demo user ${username} exists`);
    }
    const users = await get('/users?max=100');
    assert(users.every((u) => u.username.startsWith('service-account-')), `users: ${users.map((u) => u.username).join(', ')}`);
  });

  let token;
  await step('the integrator\'s secret is Keycloak\'s own, and its token is short-lived and carries the role and the stores', async () => {
    const integrator = clients.find((c) => c.clientId === 'dms-integrator');
    const { value: secret } = await get(`/clients/${integrator.id}/client-secret`);
    assert(secret && secret !== 'dms-integrator-secret' && secret.length >= 20, 'a generated secret, not the dev one');
    const res = await fetch(`${KEYCLOAK_URL}/realms/${REALM}/protocol/openid-connect/token`,
      form({ grant_type: 'client_credentials', client_id: 'dms-integrator', client_secret: secret }));
    assert(res.ok, `client credentials: HTTP ${res.status} ${await res.clone().text()}`);
    token = (await res.json()).access_token;
    const c = claims(token);
    assert(c.iss === `${KEYCLOAK_URL}/realms/${REALM}`, `issuer ${c.iss}`);
    assert(c.exp - c.iat <= 300, `token lifetime ${c.exp - c.iat}s`);
    assert(c.realm_access?.roles?.includes('integrator'), `roles: ${JSON.stringify(c.realm_access)}`);
    assert(JSON.stringify(c.stores) === '["BJ01"]', `stores claim from DMS_INTEGRATOR_STORES: ${JSON.stringify(c.stores)}`);
    assert(['dms:archive', 'dms:book', 'dms:webhooks'].every((s) => c.dms_scopes?.includes(s)), `client scopes (issue 12): ${JSON.stringify(c.dms_scopes)}`);
  });

  await step('a backend that trusts the production realm accepts its token for the token\'s store only; the dev backend refuses it, and the production backend refuses a dev token', async () => {
    const ok = await lookup(PRODUCTION_API_URL, token, 'BJ01');
    assert(ok.status === 200 && Array.isArray(JSON.parse(ok.body)), `production backend, store BJ01: HTTP ${ok.status} ${ok.body.slice(0, 200)}`);
    const other = await lookup(PRODUCTION_API_URL, token, 'SH01');
    // A store outside the token's `stores` is not even confirmed to exist (StoreAccess): 404.
    assert(other.status === 404 && JSON.parse(other.body).requestId, `production backend, store SH01 (not in the token): HTTP ${other.status} ${other.body.slice(0, 200)}`);
    const dev = await lookup(API_URL, token, 'BJ01');
    assert(dev.status === 401, `dev backend with a production token: HTTP ${dev.status}`);
    const devToken = await clientToken();
    const cross = await lookup(PRODUCTION_API_URL, devToken, 'BJ01');
    assert(cross.status === 401, `production backend with a dev token: HTTP ${cross.status}`);
  });
}
