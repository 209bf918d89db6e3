// The yardstick (issue 13): for each hot path, the API through wrk and PostgreSQL through pgbench running
// the very statements the backend issued for one such request, captured from PostgreSQL's own log
// (log_statement=all on the throw-away database only), at the same concurrency in the same run. Prints a
// table and writes JSON under .data/bench/. Called by run.sh once the backend runs against a seeded dms_bench:
//   node yardstick.mjs capture   (backend started with statement logging on the database)
//   node yardstick.mjs load      (backend restarted without it)
// Environment: TOKEN, PGURL (…/dms_bench), API (http://localhost:8090), PGLOG (PostgreSQL's log file),
// SECONDS_PER_RUN (20), CLIENTS ("16,64"), PATHS (all), OUT (.data/bench).
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const work = '/tmp/dms-yardstick';
const API = process.env.API ?? 'http://localhost:8090';
const PGURL = process.env.PGURL ?? 'postgresql://postgres@127.0.0.1:5432/dms_bench';
const TOKEN = process.env.TOKEN;
const SECONDS = Number(process.env.SECONDS_PER_RUN ?? 20);
const CLIENTS = (process.env.CLIENTS ?? '16,64').split(',').map(Number);

const id = (i, kind) => `${i.toString(16).padStart(8, '0')}-0000-7000-${kind}-${i.toString(16).padStart(12, '0')}`;
const idExpr = (v, kind) => `(lpad(to_hex(${v}), 8, '0') || '-0000-7000-${kind}-' || lpad(to_hex(${v}), 12, '0'))`;

// Each path: how one sample request is made, the pgbench variables that pick a record at random as the wrk
// script does, and which captured parameter values stand for the picked record (replaced by expressions of
// those variables). `fresh`: any other uuid in a parameter is a new row's id, made unique per transaction.
const S = 123457, T = 4821, P = 1987;
const PATHS = {
  vehicle: {
    title: 'GET vehicle by id (with owner)',
    sample: (k) => ({ method: 'GET', path: `/api/stores/BENCH/vehicles/${id(S + k, '9000')}` }),
    vars: ['\\set i random(1, 200000)'],
    subs: (k) => [[id(S + k, '9000'), idExpr(':i', '9000')], [id(S + k, '8000'), idExpr(':i', '8000')]],
  },
  order: {
    title: 'GET repair order by id (with lines)',
    sample: (k) => ({ method: 'GET', path: `/api/stores/BENCH/repair-orders/${id(S + k, 'a000')}` }),
    vars: ['\\set i random(1, 200000)', '\\set v 1 + :i % 200000'],
    subs: (k) => [[id(S + k, 'a000'), idExpr(':i', 'a000')], [id(S + k, 'b001'), idExpr(':i', 'b001')],
      [id(S + k, 'b002'), idExpr(':i', 'b002')], [id(1 + ((S + k) % 200000), '9000'), idExpr(':v', '9000')],
      [id(1 + ((S + k) % 200000), '8000'), idExpr(':v', '8000')]],
  },
  plate: {
    title: 'search vehicles by plate prefix',
    sample: (k) => ({ method: 'GET', path: `/api/stores/BENCH/vehicles?limit=20&q=${encodeURIComponent(`京B${P - k}`)}` }),
    vars: ['\\set p random(0, 1999)'],
    subs: (k) => [[`京B${P - k}`, `'京B' || lpad(:p::text, 4, '0')`], [`B${P - k}`, `'B' || lpad(:p::text, 4, '0')`],
      [`${P - k}`, `lpad(:p::text, 4, '0')`]],
  },
  phone: {
    title: 'search customers by phone tail',
    sample: (k) => ({ method: 'GET', path: `/api/stores/BENCH/customers?limit=20&q=${T + k}` }),
    vars: ['\\set t random(0, 9999)'],
    subs: (k) => [[`${T + k}`, `lpad(:t::text, 4, '0')`]],
  },
  create: {
    title: 'create repair order with two lines (audited, Idempotency-Key)',
    sample: (k) => {
      const v = 199000 + k;
      return { method: 'POST', path: '/api/stores/BENCH/repair-orders', headers: { 'Idempotency-Key': crypto.randomUUID() },
        body: { customerId: id(v, '8000'), vehicleId: id(v, '9000'), requestedWork: '定期保养，左前轮异响', lines: [
          { kind: 'JOB', payType: 'CUSTOMER', description: '更换机油及机滤', hours: 1.2 },
          { kind: 'PART', payType: 'CUSTOMER', description: '机油滤清器', partNumber: '06L115562B', quantity: 1, unitPrice: 128,
            supplier: 'DEALER', grade: 'OEM' }] } };
    },
    vars: ['\\set v random(1, 200000)', '\\set n random(1, 999999999999999)'],
    subs: (k) => [[id(199000 + k, '9000'), idExpr(':v', '9000')], [id(199000 + k, '8000'), idExpr(':v', '8000')]],
    fresh: true,
  },
};
const selected = (process.env.PATHS ?? Object.keys(PATHS).join(',')).split(',');

async function call(req) {
  const res = await fetch(API + req.path, { method: req.method, headers: { Authorization: `Bearer ${TOKEN}`, Accept: 'application/json',
    ...(req.body ? { 'Content-Type': 'application/json' } : {}), ...(req.headers ?? {}) }, body: req.body ? JSON.stringify(req.body) : undefined });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${req.method} ${req.path}: ${res.status} ${text.slice(0, 300)}`);
  return text;
}

const logSize = () => statSync(process.env.PGLOG).size;
function logSince(offset) {
  const fd = openSync(process.env.PGLOG, 'r');
  const buf = Buffer.alloc(logSize() - offset);
  readSync(fd, buf, 0, buf.length, offset);
  closeSync(fd);
  return buf.toString('utf8');
}

// PostgreSQL's log of the extended protocol: "LOG:  execute <name>: SQL" (continuation lines start with a
// tab), followed by "DETAIL:  parameters: $1 = '…', $2 = NULL". Simple-protocol statements log "statement:".
function parseLog(text) {
  const out = [];
  let cur = null;
  for (const line of text.split('\n')) {
    const m = line.match(/^\S+ \S+ \S+ \[\d+\] (LOG|DETAIL|ERROR|STATEMENT):\s+(.*)$/);
    if (m) {
      cur = null;
      if (m[1] === 'LOG') {
        const e = m[2].match(/^(?:execute [^:]+|statement): ([\s\S]*)$/);
        if (e) { cur = { sql: e[1], params: {} }; out.push(cur); }
      } else if (m[1] === 'DETAIL' && out.length && m[2].startsWith('parameters: ')) {
        const p = out[out.length - 1].params;
        for (const pm of m[2].slice(12).matchAll(/\$(\d+) = ('(?:[^']|'')*'|NULL)/g)) p[pm[1]] = pm[2];
      } else if (m[1] === 'ERROR') {
        throw new Error(`the captured request raised a database error: ${m[2]}`);
      }
    } else if (cur && line.startsWith('\t')) {
      cur.sql += '\n' + line.slice(1);
    }
  }
  return out.filter((s) => !/^(SET|SHOW|select 1$)/i.test(s.sql.trim()) || /^SET (LOCAL|SESSION) (?!application_name)/i.test(s.sql));
}

function paramTypes(sql) {
  const r = spawnSync('psql', [PGURL, '-Atq', '-v', 'ON_ERROR_STOP=1', '-c', `PREPARE yardstick_probe AS ${sql}`, '-c',
    "select array_to_string(parameter_types::text[], ',') from pg_prepared_statements where name = 'yardstick_probe'"], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim().split(',').filter(Boolean) : [];
}

const uuidRe = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
function toPgbench(name, statements, k) {
  const def = PATHS[name];
  const subs = [...def.subs(k)].sort((a, b) => b[0].length - a[0].length);
  const fresh = new Map();
  const lines = [...def.vars];
  let substituted = 0;
  for (const st of statements) {
    const types = Object.keys(st.params).length ? paramTypes(st.sql) : [];
    const sql = st.sql.replace(/\$(\d+)/g, (all, n) => {
      const raw = st.params[n];
      if (raw === undefined) return all;
      if (raw === 'NULL') return types[n - 1] ? `NULL::${types[n - 1]}` : 'NULL';
      const value = raw.slice(1, -1).replaceAll("''", "'");
      // split the value into literal text and picked-record expressions
      const parts = [];
      let rest = value;
      outer: while (rest.length) {
        let best = null;
        for (const [from, expr] of subs) {
          const at = rest.indexOf(from);
          if (at >= 0 && (best === null || at < best.at)) best = { at, from, expr };
        }
        if (def.fresh) {
          uuidRe.lastIndex = 0;
          for (const m of rest.matchAll(uuidRe)) {
            if (subs.some(([from]) => from === m[0])) continue;
            if (best === null || m.index < best.at) {
              if (!fresh.has(m[0])) fresh.set(m[0], `md5(:n::text || '-${fresh.size}')::uuid::text`);
              best = { at: m.index, from: m[0], expr: fresh.get(m[0]) };
            }
            break;
          }
        }
        if (best === null) { parts.push(`'${rest.replaceAll("'", "''")}'`); break outer; }
        if (best.at > 0) parts.push(`'${rest.slice(0, best.at).replaceAll("'", "''")}'`);
        parts.push(best.expr);
        substituted++;
        rest = rest.slice(best.at + best.from.length);
      }
      const type = types[n - 1];
      if (parts.length === 1 && parts[0].startsWith("'")) return type ? `${parts[0]}::${type}` : parts[0];
      return `(${parts.join(' || ')})${type ? `::${type}` : ''}`;
    });
    lines.push(sql.replace(/\s*\n\s*/g, ' ').trim() + ';');
  }
  return { script: lines.join('\n') + '\n', substituted, fresh: fresh.size };
}

async function capture() {
  mkdirSync(work, { recursive: true });
  for (const name of selected) {
    const def = PATHS[name];
    // two requests first, so one-time work (caches, prepared statements) is not in the captured one
    for (const k of [1, 2]) await call(def.sample(k));
    const at = logSize();
    await call(def.sample(0));
    await new Promise((r) => setTimeout(r, 300)); // the log is written asynchronously by the server
    const statements = parseLog(logSince(at));
    if (!statements.length) throw new Error(`${name}: no statements captured from ${process.env.PGLOG}`);
    const { script, substituted, fresh } = toPgbench(name, statements, 0);
    if (!substituted) throw new Error(`${name}: the sample record's id is in none of the captured statements`);
    writeFileSync(join(work, `${name}.sql`), script);
    console.log(`${name}: ${statements.length} statements captured, ${substituted} parameters follow the picked record${fresh ? `, ${fresh} new ids per transaction` : ''} -> ${work}/${name}.sql`);
  }
}

const pct = (sorted, p) => sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
function pgbench(name, clients, seconds) {
  const dir = join(work, `pgb-${name}-${clients}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const r = spawnSync('pgbench', ['-n', '-M', 'prepared', '-c', String(clients), '-j', '2', '-T', String(seconds), '-f', join(work, `${name}.sql`),
    '-l', `--log-prefix=${dir}/tx`, PGURL], { encoding: 'utf8', cwd: dir, env: { ...process.env, PGOPTIONS: '-c log_statement=none' } });
  if (r.status !== 0) throw new Error(`pgbench ${name}: ${r.stderr.slice(-800)}`);
  const lat = [];
  for (const f of readdirSync(dir)) {
    for (const l of readFileSync(join(dir, f), 'utf8').split('\n')) {
      const c = l.split(' ');
      if (c.length >= 6) lat.push(Number(c[2]) / 1000);
    }
  }
  lat.sort((a, b) => a - b);
  const failed = Number((r.stdout.match(/number of failed transactions: (\d+)/) ?? [0, 0])[1]);
  const tps = Number((r.stdout.match(/tps = ([\d.]+)/) ?? [0, NaN])[1]);
  return { requests: lat.length, failed, rps: tps, p50: pct(lat, 50), p95: pct(lat, 95), p99: pct(lat, 99), max: lat[lat.length - 1] };
}

let offset = 0;
function wrk(name, clients, seconds) {
  const r = spawnSync('wrk', ['-t2', `-c${clients}`, `-d${seconds}s`, '--latency', '-s', join(here, 'yardstick.lua'), API], { encoding: 'utf8',
    env: { ...process.env, MODE: name, THREADS: '2', OFFSET: String(offset) } });
  offset += 37000;
  if (r.status !== 0) throw new Error(`wrk ${name}: ${r.stderr}`);
  const json = r.stdout.split('\n').find((l) => l.startsWith('{'));
  return JSON.parse(json);
}

function load() {
  const results = [];
  for (const name of selected) {
    wrk(name, CLIENTS[0], 5); // warm-up (JIT, pools)
    pgbench(name, CLIENTS[0], 5);
    for (const clients of CLIENTS) {
      const api = wrk(name, clients, SECONDS);
      const db = pgbench(name, clients, SECONDS);
      results.push({ path: name, title: PATHS[name].title, clients, api, db,
        throughputRatio: api.rps / db.rps, p99Ratio: api.p99 / db.p99 });
    }
  }
  return results;
}

const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '-');
function table(results) {
  const rows = [['path', 'clients', 'API req/s', 'DB tx/s', 'ratio', 'API p50/p95/p99 ms', 'DB p50/p95/p99 ms', 'p99 ×', 'API non-2xx', 'verdict']];
  for (const r of results) {
    const ok = r.throughputRatio >= 0.6 && r.p99Ratio <= 1.5;
    rows.push([r.path, String(r.clients), f1(r.api.rps), f1(r.db.rps), `${(r.throughputRatio * 100).toFixed(0)} %`,
      `${f1(r.api.p50)}/${f1(r.api.p95)}/${f1(r.api.p99)}`, `${f1(r.db.p50)}/${f1(r.db.p95)}/${f1(r.db.p99)}`, f1(r.p99Ratio),
      String(r.api.non2xx + r.api.errors), ok ? 'meets' : 'MISSES (>=60 %, p99 <=1.5x)']);
  }
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(w[i])).join('  ')).join('\n');
}

const mode = process.argv[2];
if (mode === 'capture') {
  await capture();
} else if (mode === 'load') {
  if (!selected.every((n) => existsSync(join(work, `${n}.sql`)))) throw new Error('run `node yardstick.mjs capture` first');
  const results = load();
  console.log(table(results));
  const out = process.env.OUT ?? join(here, '../../.data/bench');
  mkdirSync(out, { recursive: true });
  const rev = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
  const extra = process.env.EXTRA_JSON ? JSON.parse(process.env.EXTRA_JSON) : {};
  const file = join(out, `yardstick-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), rev, seconds: SECONDS, machine: { cpus: execFileSync('nproc').toString().trim() },
    ...extra, results, scripts: Object.fromEntries(selected.map((n) => [n, readFileSync(join(work, `${n}.sql`), 'utf8')])) }, null, 2));
  console.log(`written ${file}`);
} else {
  console.error('usage: node yardstick.mjs capture|load');
  process.exit(2);
}
