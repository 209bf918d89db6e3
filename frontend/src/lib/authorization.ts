import type { Role } from './auth';
import { useSession } from './session';

/**
 * Roles → what the UI shows. The backend enforces the same rules (the `x-roles` of each
 * operation in openapi.yaml); the UI only hides what a role may not do.
 */
export type Permission =
  | 'archive.read'
  | 'archive.write'
  | 'stores.manage'
  /** Calendar, appointment details, welcome board. */
  | 'appointments.read'
  /** Book, reschedule and cancel (R-APT-1..3). */
  | 'appointments.book'
  | 'appointments.confirm'
  /** The customer is at reception. */
  | 'appointments.arrive'
  /** R-APT-4: the cashier takes the deposit. */
  | 'appointments.deposit'
  /** R-PRE-4 checklists: see them / tick them. */
  | 'readiness.read'
  | 'readiness.write'
  /** Open tasks for the role (rebook a no-show, tell a customer something is not ready). */
  | 'tasks.read'
  /** The customer-service work queue and call screen (issue 11: R-FUP-4/6, R-REM-2), consent per channel. */
  | 'followUp.work'
  /** 接车: the check-in wizard — estimate, signature, handover (R-CHK-*). */
  | 'repairOrders.checkIn'
  /** The order list and order page (advisor, foreman/workshop, manager, cashier, customer service). */
  | 'repairOrders.read'
  /** R-REP-1: the workshop's job board (foreman, advisors, service manager). */
  | 'workshop.board'
  /** R-REP-1: move jobs on the board (the server lets only foremen and the service manager). */
  | 'workshop.dispatch'
  /** R-REP-1: a technician's own jobs and clock. */
  | 'workshop.clock'
  /** R-REP-3: the workshop reports a supplementary item (technicians; advisors and the manager too). */
  | 'approvals.report'
  /** R-REP-3: record the customer's decision (tablet, phone) and send the approval link. */
  | 'approvals.decide'
  /** Issue 8: keep the parts & labour catalogue and import price lists (service manager). */
  | 'catalogue.manage'
  /** R-QC-1..4: the quality-check queue, a job's self-check / inspection, the order's internal hand-over. */
  | 'qualityCheck.read'
  /** R-QC-2: the first-pass rate (workshop, service manager). */
  | 'qualityCheck.rate'
  /** R-QC-3: the advisor signs what was found and not fixed. */
  | 'qualityCheck.signFindings'
  /** Issue 10: the cashier's queue and the bills (advisors, cashiers, the service manager). */
  | 'settlement.read'
  /** R-DEL-1..4: draw up, finalise, take payment, record the fapiao, issue the release note (cashier, service manager). */
  | 'settlement.bill'
  /** R-DEL-2: give a discount (within the limit it applies; above it the service manager decides). */
  | 'settlement.discount'
  /** R-DEL-1 / R-DEL-2: the service manager's override, discount decisions and voids. */
  | 'settlement.manage'
  /** R-DEL-5: the advisor's delivery checklist with the customer's signature. */
  | 'settlement.deliver'
  /** Issue 12: the integrator clients' webhook subscriptions — pause, resume, delete, delivery log, replay (service manager). */
  | 'integrations.manage'
  /** R-DEL-3: credit accounts, receivables ageing and statements; payments against receivables (cashier, service manager). */
  | 'receivables.read'
  /** R-DEL-3: open and change credit accounts, correct receivables (service manager). */
  | 'receivables.manage'
  /** R-CHK-7: record the manufacturer's decision on a warranty claim (service manager). */
  | 'warranty.decide'
  /** R-REM-6: create recall / technical campaigns and upload their VIN lists (service manager). */
  | 'campaigns.manage'
  /** R-REM-6: record on a repair order that the campaign work was done on it (advisor, service manager). */
  | 'campaigns.done';

const GRANTS: Record<Role, readonly Permission[]> = {
  advisor: [
    'archive.read',
    'archive.write',
    'appointments.read',
    'appointments.book',
    'appointments.confirm',
    'appointments.arrive',
    'readiness.read',
    'readiness.write',
    'tasks.read',
    'repairOrders.checkIn',
    'repairOrders.read',
    'workshop.board',
    'approvals.report',
    'approvals.decide',
    'qualityCheck.read',
    'qualityCheck.signFindings',
    'settlement.read',
    'settlement.discount',
    'settlement.deliver',
    'campaigns.done',
  ],
  'customer-service': ['archive.read', 'archive.write', 'appointments.read', 'appointments.book', 'appointments.confirm', 'readiness.read', 'tasks.read', 'followUp.work', 'repairOrders.read'],
  'service-manager': [
    'archive.read',
    'archive.write',
    'stores.manage',
    'appointments.read',
    'appointments.book',
    'appointments.confirm',
    'appointments.arrive',
    'appointments.deposit',
    'readiness.read',
    'readiness.write',
    'tasks.read',
    'followUp.work',
    'repairOrders.checkIn',
    'repairOrders.read',
    'workshop.board',
    'workshop.dispatch',
    'approvals.report',
    'approvals.decide',
    'catalogue.manage',
    'qualityCheck.read',
    'qualityCheck.rate',
    'qualityCheck.signFindings',
    'settlement.read',
    'settlement.bill',
    'settlement.discount',
    'settlement.manage',
    'settlement.deliver',
    'integrations.manage',
    'receivables.read',
    'receivables.manage',
    'warranty.decide',
    'campaigns.manage',
    'campaigns.done',
  ],
  workshop: ['archive.read', 'appointments.read', 'readiness.read', 'readiness.write', 'repairOrders.read', 'workshop.board', 'workshop.dispatch', 'workshop.clock', 'approvals.report', 'qualityCheck.read', 'qualityCheck.rate'],
  cashier: ['archive.read', 'appointments.read', 'appointments.deposit', 'repairOrders.read', 'settlement.read', 'settlement.bill', 'settlement.discount', 'receivables.read'],
};

export function can(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((r) => GRANTS[r].includes(permission));
}

export function useCan(permission: Permission): boolean {
  return can(useSession().roles, permission);
}
