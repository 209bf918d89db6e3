import type { ApprovalSheet, ItemDecision } from '@/lib/api-types';

/** Money as whole fen, so sums of decimals are exact. */
const fen = (v: number) => Math.round(v * 100);

export type Choices = Record<string, ItemDecision | undefined>;

/**
 * R-REP-3: what the customer's choice leads to, read from the sheet's own tables (the server
 * priced every sum of approved items and every sum of added minutes), so the device never
 * recomputes prices or VAT: the new total, the difference from what is authorized now, and the
 * new promised time. Undecided items count as not approved.
 */
export function sheetOutcome(sheet: ApprovalSheet, choices: Choices) {
  const approved = sheet.items.filter((i) => choices[i.itemId] === 'APPROVED');
  const adds = approved.reduce((s, i) => s + fen(i.addsCustomerPay), 0);
  const minutes = approved.reduce((s, i) => s + i.addsMinutes, 0);
  const total = sheet.totals.find((o) => fen(o.addsCustomerPay) === adds);
  const promise = sheet.promises.find((o) => o.addsMinutes === minutes);
  return {
    total: total?.total ?? null,
    difference: total?.difference ?? null,
    promisedDeliveryAt: promise ? promise.promisedDeliveryAt ?? null : null,
    undecided: sheet.items.filter((i) => !choices[i.itemId]).length,
  };
}

/** The decisions as the API takes them, in the sheet's order. */
export function toDecisions(sheet: ApprovalSheet, choices: Choices) {
  return sheet.items.map((i) => ({ itemId: i.itemId, version: i.version, decision: choices[i.itemId] ?? 'DECLINED' }));
}
