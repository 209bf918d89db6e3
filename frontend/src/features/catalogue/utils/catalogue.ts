import type { CatalogueGrade, CatalogueOperationSummary, CataloguePartSummary, RepairOrderLineInput } from '@/lib/api-types';

/**
 * R-CHK-5 as the picker previews it (the estimate computes the line's disclaimers itself): a
 * dealer-supplied aftermarket part on a critical system carries no quality warranty.
 */
export function noQualityWarranty(grade: CatalogueGrade, criticalSystem: boolean): boolean {
  return grade === 'AFTERMARKET' && criticalSystem;
}

/** A labour operation's price as the estimate will price it: hours × the order's labour rate, rounded to 0.01. */
export function labourPrice(hours: number, labourRate: number): number {
  return Math.round(hours * labourRate * 100) / 100;
}

export type Picked = { kind: 'part'; part: CataloguePartSummary } | { kind: 'operation'; operation: CatalogueOperationSummary };

/** The estimate line a pick adds: the server fills price, hours, grade and disclaimer from the catalogue. */
export function lineFor(picked: Picked): RepairOrderLineInput {
  return picked.kind === 'part'
    ? { kind: 'PART', payType: 'CUSTOMER', cataloguePartId: picked.part.id }
    : { kind: 'JOB', payType: 'CUSTOMER', catalogueOperationId: picked.operation.id };
}

/** "帕萨特=1.4; 迈腾=1.6" ⇄ model-family hours. */
export function parseModelHours(text: string): { modelFamily: string; hours: number }[] | null {
  const pairs = text.split(/[;；]/).map((p) => p.trim()).filter(Boolean);
  const out: { modelFamily: string; hours: number }[] = [];
  for (const p of pairs) {
    const [family, hours] = p.split(/[=:：]/).map((x) => x.trim());
    const h = Number(hours);
    if (!family || !hours || !Number.isFinite(h) || h <= 0) return null;
    out.push({ modelFamily: family, hours: h });
  }
  return out;
}

export function formatModelHours(hours: readonly { modelFamily: string; hours: number }[]): string {
  return hours.map((h) => `${h.modelFamily}=${h.hours}`).join('; ');
}
