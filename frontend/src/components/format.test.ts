import { describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import { onDeviceInZone } from '@/test/device-zone';
import { formatDate, formatDateTime } from './format';

describe('format helpers show the store’s wall clock, not the device’s', () => {
  onDeviceInZone('America/Los_Angeles');

  it('the device really is elsewhere (the test would not prove anything otherwise)', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/Los_Angeles');
    expect(new Date('2026-11-24T01:30:00Z').getHours()).toBe(17);
  });

  it('formats an instant as date and time in the store zone', () => {
    // 01:30 UTC is 09:30 in Beijing and 17:30 the day before in Los Angeles.
    expect(formatDateTime('2026-11-24T01:30:00Z', 'Asia/Shanghai')).toContain('2026年11月24日');
    expect(formatDateTime('2026-11-24T01:30:00Z', 'Asia/Shanghai')).toContain('09:30');
    expect(formatDateTime('2026-11-24T01:30:00Z', 'Europe/Berlin')).toContain('02:30');
  });

  it('formats in English too, still in the store zone', async () => {
    await i18n.changeLanguage('en');
    expect(formatDateTime('2026-11-24T01:30:00Z', 'Asia/Shanghai')).toMatch(/Nov 24, 2026.*09:30/);
  });

  it('shows an instant’s date as the store-local calendar day', () => {
    // 17:00 UTC on the 23rd is 01:00 on the 24th in Beijing (still the 23rd on the device).
    expect(formatDate('2026-11-23T17:00:00Z', 'Asia/Shanghai')).toBe('2026年11月24日');
    expect(formatDate('2026-11-23T17:00:00Z', 'Europe/Berlin')).toBe('2026年11月23日');
  });

  it('shows a calendar date (YYYY-MM-DD) as it is, in any zone', () => {
    expect(formatDate('2026-11-24', 'Asia/Shanghai')).toBe('2026年11月24日');
    expect(formatDate('2026-11-24', 'America/Los_Angeles')).toBe('2026年11月24日');
    expect(formatDate(null, 'Asia/Shanghai')).toBe('');
  });
});
