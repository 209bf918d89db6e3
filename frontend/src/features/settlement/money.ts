/**
 * The screen's only arithmetic: the cash change preview, in whole fen (integers), so it shows the
 * figure the server will record (the server is the authority; it answers the same HALF_UP rule).
 */
export function toFen(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const s = String(value).trim();
  if (!/^\d+(\.\d{1,2})?$/.test(s)) return null;
  const [yuan = '0', fen = ''] = s.split('.');
  return Number(yuan) * 100 + Number(fen.padEnd(2, '0'));
}

export function fenToString(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

/** Cash: what pays the balance and the change given back. */
export function cashChange(tendered: string, balance: number): { applied: string; change: string } | null {
  const t = toFen(tendered);
  const b = Math.round(balance * 100);
  if (t === null) return null;
  const applied = Math.min(t, b);
  return { applied: fenToString(applied), change: fenToString(t - applied) };
}
