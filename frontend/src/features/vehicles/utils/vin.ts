/**
 * VIN checks as in ISO 3779 / GB 16735: 17 characters, no I, O or Q, and position 9 is a
 * check digit (0-9 or X) computed from the other 16. Used for hints; the server decides.
 */
const TRANSLITERATION: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8,
  J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

export const VIN_CHARS = /^[A-HJ-NPR-Z0-9]*$/;

export function normalizeVin(raw: string): string {
  return raw.toUpperCase().replace(/\s+/g, '');
}

function charValue(c: string): number {
  if (c >= '0' && c <= '9') return Number(c);
  const v = TRANSLITERATION[c];
  if (v === undefined) throw new Error(`invalid VIN character ${c}`);
  return v;
}

/** The check digit a 17-character VIN should carry at position 9. */
export function vinCheckDigit(vin: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += charValue(vin.charAt(i)) * (WEIGHTS[i] ?? 0);
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}

export type VinProblem = { kind: 'chars' } | { kind: 'length'; length: number } | { kind: 'checkDigit' };

export function vinProblem(raw: string): VinProblem | null {
  const vin = normalizeVin(raw);
  if (!VIN_CHARS.test(vin)) return { kind: 'chars' };
  if (vin.length !== 17) return { kind: 'length', length: vin.length };
  if (vin[8] !== vinCheckDigit(vin)) return { kind: 'checkDigit' };
  return null;
}
