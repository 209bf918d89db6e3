// Fails when src/types/api.gen.ts differs from what `npm run gen:api` produces from
// ../openapi/openapi.yaml (the committed contract). Fix: `npm run gen:api`.
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const spec = join(root, '..', 'openapi', 'openapi.yaml');
const committed = join(root, 'src', 'types', 'api.gen.ts');

if (!existsSync(spec)) {
  console.error(`gen:api:check: ${spec} is missing`);
  process.exit(1);
}
if (!existsSync(committed)) {
  console.error('gen:api:check: src/types/api.gen.ts is missing — run `npm run gen:api`');
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'api-gen-'));
try {
  const out = join(dir, 'api.gen.ts');
  execFileSync(join(root, 'node_modules', '.bin', 'openapi-typescript'), [spec, '-o', out], { stdio: 'pipe' });
  if (readFileSync(out, 'utf8') !== readFileSync(committed, 'utf8')) {
    console.error('gen:api:check: src/types/api.gen.ts is stale — run `npm run gen:api` and commit the result');
    process.exit(1);
  }
  console.log('gen:api:check: api.gen.ts matches openapi/openapi.yaml');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
