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

/** The actions the server offers on an appointment (its `availableActions`) that this SPA has a button for. */
export type AppointmentAction = 'confirm' | 'record-deposit' | 'check-in' | 'reschedule' | 'cancel';

/** Who may press each button; which ones the state allows comes from the server, not from a copy of its transition table. */
const PERMISSION: Record<AppointmentAction, Permission> = {
  confirm: 'appointments.confirm',
  'record-deposit': 'appointments.deposit',
  'check-in': 'appointments.arrive',
  reschedule: 'appointments.book',
  cancel: 'appointments.book',
};

const isAction = (a: string): a is AppointmentAction => Object.prototype.hasOwnProperty.call(PERMISSION, a);

/** The server's available actions this user may take, in the server's order (the backend checks both again). */
export function allowedActions(available: readonly string[], roles: readonly Role[]): AppointmentAction[] {
  return available.filter(isAction).filter((a) => can(roles, PERMISSION[a]));
}

/** The readiness checklist can be ticked while the appointment is still ahead. */
export function canEditReadiness(status: AppointmentStatus, roles: readonly Role[]): boolean {
  return isOpen(status) && can(roles, 'readiness.write');
}
