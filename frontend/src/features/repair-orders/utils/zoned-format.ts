/** A timestamp as the store's wall-clock date and time (never the device's zone). */
export function formatInZone(value: string | null | undefined, zone: string, language: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone }).format(date);
}
