// A small closed-loop load generator: N clients each GET the URL back to back for D seconds with
// the bearer token; prints requests, errors and latency percentiles. Node's fetch (keep-alive).
//   node board-load.mjs URL [clients=16] [seconds=20]     (TOKEN in the environment)
const [url, clients = '16', seconds = '20'] = process.argv.slice(2);
const headers = { Authorization: `Bearer ${process.env.TOKEN}`, Accept: 'application/json' };
const until = Date.now() + Number(seconds) * 1000;
const times = [];
let errors = 0;
let firstError = null;
async function client() {
  while (Date.now() < until) {
    const t0 = performance.now();
    try {
      const res = await fetch(url, { headers });
      await res.arrayBuffer();
      if (res.ok) times.push(performance.now() - t0);
      else {
        errors++;
        firstError ??= `HTTP ${res.status}`;
      }
    } catch (e) {
      errors++;
      firstError ??= String(e);
    }
  }
}
await Promise.all(Array.from({ length: Number(clients) }, client));
times.sort((a, b) => a - b);
const p = (q) => (times.length ? times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1) : 'n/a');
console.log(`${clients} clients, ${seconds} s: ${times.length} ok, ${errors} errors${firstError ? ` (${firstError})` : ''}, `
  + `${(times.length / Number(seconds)).toFixed(0)} req/s; p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, p99 ${p(0.99)} ms, max ${p(1)} ms`);
