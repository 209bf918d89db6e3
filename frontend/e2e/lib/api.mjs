// Direct API access for the e2e set-up (the browser flows then use the UI only).
// A password-grant token from the `dms-cli` client (local realm only), plain fetch.
import { randomUUID } from 'node:crypto';

export const API_URL = (process.env.E2E_API_URL || 'http://localhost:8080').replace(/\/+$/, '');
/** Health and metrics are on the backend's management port, not the public one. */
export const MANAGEMENT_URL = (process.env.E2E_MANAGEMENT_URL || 'http://localhost:9000').replace(/\/+$/, '');
export const KEYCLOAK_URL = (process.env.E2E_KEYCLOAK_URL || 'http://localhost:8180').replace(/\/+$/, '');

export async function token(username, password = 'demo') {
  const res = await fetch(`${KEYCLOAK_URL}/realms/dms/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'dms-cli', username, password }),
  });
  if (!res.ok) throw new Error(`token for ${username}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()).access_token;
}

/** A machine client's token (client credentials), e.g. the booking partner `dms-integrator` of the local realm. */
export async function clientToken(clientId = 'dms-integrator', secret = process.env.E2E_INTEGRATOR_SECRET || 'dms-integrator-secret') {
  const res = await fetch(`${KEYCLOAK_URL}/realms/dms/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret }),
  });
  if (!res.ok) throw new Error(`token for client ${clientId}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()).access_token;
}

/** A tiny client bound to one user's token: call(method, path, body?, headers?) → { status, body, etag }. */
export async function client(username) {
  return bearerClient(await token(username));
}

/** The same for the integrator: it books through the API with client credentials. */
export async function integratorClient(clientId, secret) {
  return bearerClient(await clientToken(clientId, secret));
}

function bearerClient(bearer) {
  return async function call(method, path, body, headers = {}) {
    const res = await fetch(API_URL + path, {
      method,
      headers: {
        Authorization: `Bearer ${bearer}`,
        Accept: 'application/json, application/problem+json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(method === 'POST' && !headers['Idempotency-Key'] ? { 'Idempotency-Key': randomUUID() } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = text;
    }
    if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${text.slice(0, 400)}`);
    return { status: res.status, body: parsed, etag: res.headers.get('ETag') };
  };
}

/**
 * How many times a scheduled job has finished, from the backend's Prometheus metrics
 * (`quarkus.scheduler.metrics.enabled`: scheduled_methods_seconds_count{class, method}).
 */
export async function jobRuns(className, method = 'run') {
  const res = await fetch(`${MANAGEMENT_URL}/q/metrics`, { headers: { Accept: 'text/plain' } });
  if (!res.ok) throw new Error(`/q/metrics: HTTP ${res.status}`);
  let count = 0;
  for (const line of (await res.text()).split('\n')) {
    if (!line.startsWith('scheduled_methods_seconds_count{')) continue;
    if (line.includes(`class="${className}"`) && line.includes(`method="${method}"`)) count += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return count;
}
