import { currentLanguage } from '@/i18n';

/**
 * Date-only values (YYYY-MM-DD) are shown as they are (no time zone shift); timestamps are
 * shown as the local calendar day.
 */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  if (value.length > 10) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'medium' }).format(date);
  }
  const [y, m, d] = value.slice(0, 10).split('-');
  if (!y || !m || !d) return value;
  return currentLanguage() === 'zh-CN' ? `${y}年${Number(m)}月${Number(d)}日` : `${y}-${m}-${d}`;
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
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
