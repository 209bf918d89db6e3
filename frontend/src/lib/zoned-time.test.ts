import { describe, expect, it } from 'vitest';
import { addDays, formatZonedTime, isoDayOfWeek, isValidDate, localDate, localMinutes, startOfWeek, todayIn, zonedInstant } from './zoned-time';

describe('store-local time', () => {
  it('reads instants on the store wall clock, not the machine clock', () => {
    // 01:30 UTC is 09:30 in Beijing, the previous evening in New York.
    expect(formatZonedTime('2026-11-24T01:30:00Z', 'Asia/Shanghai')).toBe('09:30');
    expect(localDate('2026-11-24T01:30:00Z', 'Asia/Shanghai')).toBe('2026-11-24');
    expect(localDate('2026-11-24T01:30:00Z', 'America/New_York')).toBe('2026-11-23');
    expect(localMinutes('2026-11-23T16:15:00Z', 'Asia/Shanghai')).toBe(15);
  });

  it('turns a store-local day and time into the instant, also across daylight saving', () => {
    expect(zonedInstant('2026-11-24', 9 * 60 + 30, 'Asia/Shanghai').toISOString()).toBe('2026-11-24T01:30:00.000Z');
    // Berlin: UTC+1 in winter, UTC+2 in summer.
    expect(zonedInstant('2026-01-15', 8 * 60, 'Europe/Berlin').toISOString()).toBe('2026-01-15T07:00:00.000Z');
    expect(zonedInstant('2026-07-15', 8 * 60, 'Europe/Berlin').toISOString()).toBe('2026-07-15T06:00:00.000Z');
  });

  it('knows today in the store even when the machine is still on yesterday', () => {
    expect(todayIn('Asia/Shanghai', new Date('2026-11-23T17:00:00Z'))).toBe('2026-11-24');
  });

  it('does calendar arithmetic on plain dates', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(isoDayOfWeek('2026-11-23')).toBe(1);
    expect(isoDayOfWeek('2026-11-29')).toBe(7);
    expect(startOfWeek('2026-11-29')).toBe('2026-11-23');
    expect(startOfWeek('2026-11-23')).toBe('2026-11-23');
    expect(isValidDate('2026-02-30')).toBe(false);
    expect(isValidDate('2026-02-28')).toBe(true);
    expect(isValidDate('tomorrow')).toBe(false);
  });
});
