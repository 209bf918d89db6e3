import type { AppointmentStatus } from '@/lib/api-types';
import { can, type Permission } from '@/lib/authorization';
import type { Role } from '@/lib/auth';

/** Still ahead: can be confirmed, moved, cancelled, prepared. */
export const OPEN_STATUSES: readonly AppointmentStatus[] = ['REQUESTED', 'DEPOSIT_REQUIRED', 'CONFIRMED'];
/** Holding capacity (the ledger frees it on cancel, reschedule and no-show). */
export const CAPACITY_STATUSES: readonly AppointmentStatus[] = [...OPEN_STATUSES, 'ARRIVED'];
/** Shown greyed on the calendar, hidden unless asked for. */
export const CLOSED_STATUSES: readonly AppointmentStatus[] = ['CANCELLED', 'RESCHEDULED', 'NO_SHOW'];

export const isOpen = (s: AppointmentStatus) => OPEN_STATUSES.includes(s);
export const holdsCapacity = (s: AppointmentStatus) => CAPACITY_STATUSES.includes(s);

/** Status colours (Mantine palette): the same on calendar, detail and board. */
export const STATUS_COLOR: Record<AppointmentStatus, string> = {
  REQUESTED: 'yellow',
  DEPOSIT_REQUIRED: 'orange',
  CONFIRMED: 'blue',
  ARRIVED: 'green',
  NO_SHOW: 'red',
  CANCELLED: 'gray',
  RESCHEDULED: 'gray',
};

export type AppointmentAction = 'confirm' | 'deposit' | 'arrive' | 'reschedule' | 'cancel';

const RULES: { action: AppointmentAction; from: readonly AppointmentStatus[]; permission: Permission }[] = [
  { action: 'confirm', from: ['REQUESTED'], permission: 'appointments.confirm' },
  { action: 'deposit', from: ['DEPOSIT_REQUIRED'], permission: 'appointments.deposit' },
  { action: 'arrive', from: ['CONFIRMED'], permission: 'appointments.arrive' },
  { action: 'reschedule', from: OPEN_STATUSES, permission: 'appointments.book' },
  { action: 'cancel', from: OPEN_STATUSES, permission: 'appointments.book' },
];

/** What this user may do with an appointment in this state (the backend checks both again). */
export function allowedActions(status: AppointmentStatus, roles: readonly Role[]): AppointmentAction[] {
  return RULES.filter((r) => r.from.includes(status) && can(roles, r.permission)).map((r) => r.action);
}

/** The readiness checklist can be ticked while the appointment is still ahead. */
export function canEditReadiness(status: AppointmentStatus, roles: readonly Role[]): boolean {
  return isOpen(status) && can(roles, 'readiness.write');
}
