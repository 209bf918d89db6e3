import type { Inspection, RepairOrder } from '@/lib/api-types';

/**
 * The check-in wizard's steps: the vehicle (done once the order exists), the walk-around
 * inspection (damage marks, then readings), jobs, estimate, signature and handover.
 */
export const CHECK_IN_STEPS = ['vehicle', 'walkaround', 'readings', 'jobs', 'estimate', 'sign', 'handover', 'done'] as const;
export type CheckInStep = (typeof CHECK_IN_STEPS)[number];

/** Steps that may be visited in any order while the order is a draft. */
const DRAFT_STEPS: readonly CheckInStep[] = ['walkaround', 'readings', 'jobs', 'estimate'];

export function isCheckInStep(value: string | null | undefined): value is CheckInStep {
  return !!value && (CHECK_IN_STEPS as readonly string[]).includes(value);
}

type OrderState = Pick<RepairOrder, 'status' | 'lines' | 'handover'>;
type InspectionState = (Pick<Inspection, 'odometer' | 'damageMarks'> & Partial<Pick<Inspection, 'signature' | 'versionNumber'>>) | null;

/**
 * Where an unfinished check-in resumes, read from what the server already holds: every step
 * is saved when it is done, so the order's (and its inspection's) state says which step is next.
 */
export function resumeStep(order: OrderState, inspection: InspectionState): CheckInStep {
  switch (order.status) {
    case 'DRAFT':
      if (!inspection) return 'walkaround';
      if (inspection.odometer == null) return inspection.damageMarks.length > 0 ? 'readings' : 'walkaround';
      return order.lines.length === 0 ? 'jobs' : 'estimate';
    case 'AWAITING_SIGNATURE':
      return 'sign';
    case 'OPEN':
      return order.handover ? 'done' : 'handover';
    default:
      return 'done';
  }
}

/** A correction (version 2 and later) not yet signed: its walk-around and readings are open again (R-CHK-2). */
export function isOpenCorrection(inspection: InspectionState): boolean {
  return !!inspection && (inspection.versionNumber ?? 1) > 1 && !inspection.signature;
}

/**
 * The steps that may be opened for an order in this state: a draft's in any order, later only the
 * next one, plus the inspection steps while a correction of a signed inspection is being made (the
 * signed estimate itself stays frozen, R-CHK-9).
 */
export function reachableSteps(order: OrderState, inspection: InspectionState): CheckInStep[] {
  if (order.status === 'DRAFT') return [...DRAFT_STEPS];
  const next = resumeStep(order, inspection);
  return isOpenCorrection(inspection) ? ['walkaround', 'readings', ...(next === 'walkaround' || next === 'readings' ? [] : [next])] : [next];
}
