// Quiet hours (R-APT-6) hold customer e-mails until morning; a flow that reads a mail back from
// GreenMail switches them off while it runs inside (or close to) them.
import { client } from './api.mjs';
import { STORE } from './store-setup.mjs';
import { localClock } from './zone.mjs';

/**
 * Quiet hours (R-APT-6) hold customer e-mails until morning. When this flow runs inside them (or
 * close to them), the manager switches them off for the flow; `restore` puts them back.
 */
export async function outsideQuietHours() {
  const manager = await client('manager');
  const path = `/api/stores/${STORE}/settings`;
  const { body: s, etag } = await manager('GET', path);
  const inQuiet = (instant) => {
    const t = localClock(instant);
    const [start, end] = [s.quietHoursStart, s.quietHoursEnd];
    if (start === end) return false;
    return start < end ? t >= start && t < end : t >= start || t < end;
  };
  const now = Date.now();
  if (!inQuiet(now) && !inQuiet(now + 5 * 60_000)) return { restore: async () => undefined, note: `quiet hours ${s.quietHoursStart}-${s.quietHoursEnd} not now` };
  const request = (settings) => Object.fromEntries(Object.entries(settings).filter(([k]) => k !== 'version'));
  await manager('PUT', path, { ...request(s), quietHoursEnd: s.quietHoursStart }, { 'If-Match': etag });
  return {
    note: `quiet hours ${s.quietHoursStart}-${s.quietHoursEnd} switched off for this flow`,
    restore: async () => {
      const { body: current, etag: version } = await manager('GET', path);
      await manager('PUT', path, { ...request(current), quietHoursStart: s.quietHoursStart, quietHoursEnd: s.quietHoursEnd }, { 'If-Match': version });
    },
  };
}
