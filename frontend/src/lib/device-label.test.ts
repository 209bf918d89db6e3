import { describe, expect, it } from 'vitest';
import { DEVICE_LABEL_KEY, deviceLabel } from './device-label';

describe('deviceLabel (R-CHK-9 evidence)', () => {
  it('names the kind of device and browser from the User-Agent', () => {
    expect(deviceLabel('Mozilla/5.0 (iPad; CPU OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1')).toBe('iPad · Safari');
    expect(deviceLabel('Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36')).toBe('Android · Chrome');
  });

  it('prefers the label set on this tablet', () => {
    window.localStorage.setItem(DEVICE_LABEL_KEY, '接待台 2');
    expect(deviceLabel('Mozilla/5.0 (iPad)')).toBe('接待台 2');
  });
});
