import { afterAll, beforeAll } from 'vitest';

// The tests run in Node (jsdom on top); the SPA's own types do not include Node's.
const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } }).process.env;

/**
 * Sets the device's (the tablet's) time zone for the tests of one file, so that a screen that
 * formats with the device zone instead of the store's shows the wrong wall clock. Node reads
 * `process.env.TZ` afresh when it changes.
 */
export function onDeviceInZone(zone: string) {
  let before: string | undefined;
  beforeAll(() => {
    before = env.TZ;
    env.TZ = zone;
  });
  afterAll(() => {
    if (before === undefined) delete env.TZ;
    else env.TZ = before;
  });
}
