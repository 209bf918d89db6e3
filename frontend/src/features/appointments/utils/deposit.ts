/**
 * R-APT-4: parts flagged high-value (or special-order) need a deposit of at least the
 * store's share (depositSharePercent, default 50 %) of their price before they are ordered.
 * Same arithmetic as the backend's DepositPolicy: exact decimals, rounded UP to the fen so
 * the hint is never below what the cashier will be asked for.
 */
export type PartLine = { quantity: number | string | null | undefined; unitPrice: number | string | null | undefined; highValue?: boolean | null };

/** Hundredths as an integer (quantities and prices have at most two decimals). */
function hundredths(v: number | string | null | undefined): number {
  const n = typeof v === 'string' ? Number(v) : (v ?? 0);
  return Number.isFinite(n) && n > 0 ? Math.round(n * 100) : 0;
}

/** Price of the high-value lines, in fen. */
export function highValueTotalFen(parts: readonly PartLine[]): number {
  // quantity (1/100) × price (fen) = 1/100 fen; summed exactly, then back to fen.
  const tenThousandths = parts.filter((p) => p.highValue).reduce((sum, p) => sum + hundredths(p.quantity) * hundredths(p.unitPrice), 0);
  return Math.round(tenThousandths / 100);
}

/** The deposit the appointment will require, in yuan (0 when no high-value part is booked). */
export function requiredDeposit(parts: readonly PartLine[], sharePercent: number): number {
  const tenThousandths = parts.filter((p) => p.highValue).reduce((sum, p) => sum + hundredths(p.quantity) * hundredths(p.unitPrice), 0);
  const fen = Math.ceil((tenThousandths * sharePercent) / 10_000);
  return fen / 100;
}

export function highValueTotal(parts: readonly PartLine[]): number {
  return highValueTotalFen(parts) / 100;
}
