import { currentLanguage } from '@/i18n';
import { formatZonedDateTime, localDate } from '@/lib/zoned-time';

/**
 * Dates and times as the STORE's wall clock shows them, whatever the tablet's own zone is
 * (pass `useStoreZone()`). Date-only values (YYYY-MM-DD) are calendar days and are shown as
 * they are; a timestamp is shown as the store-local calendar day it falls on.
 */
export function formatDate(value: string | null | undefined, zone: string): string {
  if (!value) return '';
  let day = value.slice(0, 10);
  if (value.length > 10) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) day = localDate(date, zone);
  }
  const [y, m, d] = day.split('-');
  if (!y || !m || !d) return value;
  return currentLanguage() === 'zh-CN' ? `${y}年${Number(m)}月${Number(d)}日` : `${y}-${m}-${d}`;
}

/** An instant as date and time in the store's zone: "2026年11月24日 09:30" / "Nov 24, 2026, 09:30". */
export function formatDateTime(value: string | null | undefined, zone: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return formatZonedDateTime(date, zone, currentLanguage());
}

export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(currentLanguage()).format(value);
}

/** Yuan with the currency sign: ¥1,234.50 */
export function formatMoney(value: number | null | undefined, currency = 'CNY'): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(currentLanguage(), { style: 'currency', currency, minimumFractionDigits: 2 }).format(value);
}
