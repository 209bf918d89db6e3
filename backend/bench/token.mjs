// Mints an RS256 token for the benchmark (roles + stores claim) and prints the public key for
// quarkus.oidc.public-key. Node's built-in crypto only; the key pair is made per run.
import { generateKeyPairSync, createSign } from 'node:crypto';
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const b64 = (o) => Buffer.from(typeof o === 'string' ? o : JSON.stringify(o)).toString('base64url');
const now = Math.floor(Date.now() / 1000);
const header = { alg: 'RS256', typ: 'JWT' };
const claims = { iss: 'bench', sub: 'bench', preferred_username: 'bench', exp: now + 3600, iat: now,
  groups: ['advisor', 'service-manager'], stores: ['BENCH'] };
const input = `${b64(header)}.${b64(claims)}`;
const sig = createSign('RSA-SHA256').update(input).sign(privateKey).toString('base64url');
console.log(`TOKEN=${input}.${sig}`);
console.log(`PUBKEY=${publicKey.export({ type: 'spki', format: 'der' }).toString('base64')}`);
