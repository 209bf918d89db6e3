// nginx (docker/nginx-security-headers.conf) must send exactly the production headers of
// security-headers.mjs, which `vite preview` sends in the end-to-end tests. Run by `npm run lint`.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_OIDC_AUTHORITY, securityHeaders } from '../security-headers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const conf = readFileSync(join(here, '..', '..', 'docker', 'nginx-security-headers.conf'), 'utf8');
const env = { DMS_KEYCLOAK_ORIGIN: new URL(DEFAULT_OIDC_AUTHORITY).origin, DMS_API_ORIGIN: '' };
const norm = (v) => v.replace(/\$\{(\w+)\}/g, (_, k) => env[k] ?? `\${${k}}`).replace(/\s+/g, ' ').replace(/ ;/g, ';').trim();

const nginx = Object.fromEntries(
  [...conf.matchAll(/^add_header\s+(\S+)\s+"([^"]*)"\s+always;/gm)].map((m) => [m[1], norm(m[2])]),
);
const vite = Object.fromEntries(Object.entries(securityHeaders()).map(([k, v]) => [k, norm(v)]));
const problems = [...new Set([...Object.keys(nginx), ...Object.keys(vite)])]
  .filter((k) => nginx[k] !== vite[k])
  .map((k) => `  ${k}\n    nginx: ${nginx[k] ?? '(missing)'}\n    vite:  ${vite[k] ?? '(missing)'}`);
if (problems.length) {
  console.error(`docker/nginx-security-headers.conf differs from frontend/security-headers.mjs:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`security headers: nginx and vite agree (${Object.keys(vite).length} headers)`);
