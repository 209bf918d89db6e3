/**
 * How the app names the device a customer signs on (R-CHK-9 evidence, next to the User-Agent the
 * server records): the label set on this tablet (localStorage `dms.deviceLabel`, e.g. "接待台 2"),
 * else the kind of device and browser read from the User-Agent ("iPad · Safari").
 */
export const DEVICE_LABEL_KEY = 'dms.deviceLabel';

export function deviceLabel(userAgent: string = navigator.userAgent): string {
  const own = window.localStorage.getItem(DEVICE_LABEL_KEY)?.trim();
  if (own) return own.slice(0, 200);
  const device = /iPad/.test(userAgent)
    ? 'iPad'
    : /iPhone/.test(userAgent)
      ? 'iPhone'
      : /Android/.test(userAgent)
        ? 'Android'
        : /Windows/.test(userAgent)
          ? 'Windows'
          : /Mac OS X|Macintosh/.test(userAgent)
            ? 'Mac'
            : /Linux/.test(userAgent)
              ? 'Linux'
              : 'Browser';
  const browser = /Edg\//.test(userAgent) ? 'Edge' : /Chrome\/|Chromium\//.test(userAgent) ? 'Chrome' : /Firefox\//.test(userAgent) ? 'Firefox' : /Safari\//.test(userAgent) ? 'Safari' : '';
  return browser ? `${device} · ${browser}` : device;
}
