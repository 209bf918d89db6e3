// Waiting for something the stack does on its own (a job run, a sent mail): ask again until it is
// there, never sleep a fixed time and hope.
import { setTimeout as delay } from 'node:timers/promises';

/** Calls `probe` until it returns something truthy (returned) or `timeoutMs` passes (throws, naming `what`). */
export async function poll(probe, { timeoutMs = 30_000, intervalMs = 500, what = 'condition' } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() >= deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${last instanceof Error ? last.message : last})` : ''}`);
    }
    await delay(intervalMs);
  }
}
