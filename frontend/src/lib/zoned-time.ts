/**
 * Store-local calendar arithmetic. The API speaks UTC instants; a store works in its own
 * IANA time zone (GET /api/stores/{store} → timezone, Asia/Shanghai for the demo stores),
 * whatever the tablet's own zone is set to. Plain Intl, no time-zone library.
 *
 * A "date" here is a store-local calendar day as ISO text (YYYY-MM-DD); "minutes" are
 * minutes after that day's midnight.
 */

export const DEFAULT_ZONE = 'Asia/Shanghai';

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

const toDate = (instant: Date | string | number) => (instant instanceof Date ? instant : new Date(instant));
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export type ZonedParts = { date: string; minutes: number; year: number; month: number; day: number; hour: number; minute: number; second: number };

/** What a wall clock in `zone` shows at `instant`. */
export function zonedParts(instant: Date | string | number, zone: string): ZonedParts {
  const p: Record<string, number> = {};
  for (const part of partsFormatter(zone).formatToParts(toDate(instant))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const year = p.year ?? 1970;
  const month = p.month ?? 1;
  const day = p.day ?? 1;
  const hour = (p.hour ?? 0) % 24;
  const minute = p.minute ?? 0;
  const second = p.second ?? 0;
  return { date: `${pad(year, 4)}-${pad(month)}-${pad(day)}`, minutes: hour * 60 + minute, year, month, day, hour, minute, second };
}

/** The zone's offset from UTC at `instant`, in minutes (Asia/Shanghai: +480). */
function offsetMinutes(instant: Date, zone: string): number {
  const p = zonedParts(instant, zone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** The instant at which the wall clock in `zone` shows `date` + `minutes`. */
export function zonedInstant(date: string, minutes: number, zone: string): Date {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  const wall = Date.UTC(y, m - 1, d, 0, minutes);
  // Two passes settle the offset around a daylight-saving change.
  let t = wall - offsetMinutes(new Date(wall), zone) * 60_000;
  t = wall - offsetMinutes(new Date(t), zone) * 60_000;
  return new Date(t);
}

export function localDate(instant: Date | string | number, zone: string): string {
  return zonedParts(instant, zone).date;
}

export function localMinutes(instant: Date | string | number, zone: string): number {
  return zonedParts(instant, zone).minutes;
}

export function todayIn(zone: string, now: Date = new Date()): string {
  return localDate(now, zone);
}

/** Calendar arithmetic on YYYY-MM-DD (no time zone involved). */
export function addDays(date: string, days: number): string {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** ISO day of week: 1 = Monday … 7 = Sunday (as the store's opening hours count). */
export function isoDayOfWeek(date: string): number {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  const dow = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return dow === 0 ? 7 : dow;
}

/** The Monday of the week that contains `date`. */
export function startOfWeek(date: string): string {
  return addDays(date, 1 - isoDayOfWeek(date));
}

export function isValidDate(value: string | null | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return addDays(value, 0) === value;
}

/** "08:30:00" → 510 */
export function timeToMinutes(time: string): number {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
}

/** 510 → "08:30" */
export function minutesToTime(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** "09:30" as the store's wall clock shows it at `instant`. */
export function formatZonedTime(instant: Date | string | number, zone: string): string {
  return minutesToTime(localMinutes(instant, zone));
}

/** A day as people say it: "11月24日 周二" / "Tue, Nov 24". */
export function formatDay(date: string, language: string, options: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', weekday: 'short' }): string {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d, 12)));
}

/** Date and time in the store's zone: "2026年11月24日 09:30" / "Nov 24, 2026, 09:30". */
export function formatZonedDateTime(instant: Date | string | number, zone: string, language: string): string {
  return new Intl.DateTimeFormat(language, { timeZone: zone, dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }).format(toDate(instant));
}

/** The store's wall clock at `instant` as a date-time picker's value ("YYYY-MM-DD HH:mm:ss"). */
export function isoToZonedWallTime(instant: Date | string | number, zone: string): string {
  const p = zonedParts(instant, zone);
  return `${p.date} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
}

/**
 * A wall-clock date and time typed in the store ("YYYY-MM-DD HH:mm[:ss]" or the
 * datetime-local "YYYY-MM-DDTHH:mm") as the instant it means in `zone`; null if it is not one.
 */
export function zonedWallTimeToIso(value: string | null | undefined, zone: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value?.trim() ?? '');
  if (!m || !isValidDate(m[1])) return null;
  const hour = Number(m[2]);
  const minute = Number(m[3]);
  const second = Number(m[4] ?? 0);
  if (hour > 23 || minute > 59 || second > 59) return null;
  return new Date(zonedInstant(m[1] ?? '', hour * 60 + minute, zone).getTime() + second * 1000).toISOString();
}
