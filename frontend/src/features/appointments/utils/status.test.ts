import { describe, expect, it } from 'vitest';
import { allowedActions, canEditReadiness } from './status';

describe('what each role may do with an appointment', () => {
  it.each([
    ['advisor', 'REQUESTED', ['confirm', 'reschedule', 'cancel']],
    ['advisor', 'CONFIRMED', ['arrive', 'reschedule', 'cancel']],
    ['advisor', 'DEPOSIT_REQUIRED', ['reschedule', 'cancel']],
    ['customer-service', 'REQUESTED', ['confirm', 'reschedule', 'cancel']],
    ['customer-service', 'CONFIRMED', ['reschedule', 'cancel']],
    ['cashier', 'DEPOSIT_REQUIRED', ['deposit']],
    ['cashier', 'CONFIRMED', []],
    ['workshop', 'CONFIRMED', []],
    ['service-manager', 'DEPOSIT_REQUIRED', ['deposit', 'reschedule', 'cancel']],
    ['service-manager', 'CONFIRMED', ['arrive', 'reschedule', 'cancel']],
  ] as const)('%s on %s: %j', (role, status, expected) => {
    expect(allowedActions(status, [role])).toEqual(expected);
  });

  it('nothing is left to do once the appointment is closed', () => {
    for (const status of ['ARRIVED', 'NO_SHOW', 'CANCELLED', 'RESCHEDULED'] as const) {
      expect(allowedActions(status, ['service-manager'])).toEqual([]);
    }
  });

  it('readiness is ticked by advisors, workshop and managers while the appointment is ahead', () => {
    expect(canEditReadiness('CONFIRMED', ['workshop'])).toBe(true);
    expect(canEditReadiness('CONFIRMED', ['advisor'])).toBe(true);
    expect(canEditReadiness('CONFIRMED', ['customer-service'])).toBe(false);
    expect(canEditReadiness('CONFIRMED', ['cashier'])).toBe(false);
    expect(canEditReadiness('CANCELLED', ['workshop'])).toBe(false);
  });
});
