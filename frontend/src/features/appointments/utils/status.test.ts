import { describe, expect, it } from 'vitest';
import { allowedActions, canEditReadiness } from './status';

describe('which of the server offered actions each role gets a button for', () => {
  const confirmed = ['check-in', 'reschedule', 'cancel'];
  const requested = ['confirm', 'check-in', 'reschedule', 'cancel'];
  const deposit = ['record-deposit', 'reschedule', 'cancel'];
  it.each([
    ['advisor', requested, ['confirm', 'check-in', 'reschedule', 'cancel']],
    ['advisor', confirmed, ['check-in', 'reschedule', 'cancel']],
    ['advisor', deposit, ['reschedule', 'cancel']],
    ['customer-service', requested, ['confirm', 'reschedule', 'cancel']],
    ['customer-service', confirmed, ['reschedule', 'cancel']],
    ['cashier', deposit, ['record-deposit']],
    ['cashier', confirmed, []],
    ['workshop', confirmed, []],
    ['service-manager', deposit, ['record-deposit', 'reschedule', 'cancel']],
    ['service-manager', confirmed, ['check-in', 'reschedule', 'cancel']],
  ] as const)('%s offered %j: %j', (role, offered, expected) => {
    expect(allowedActions(offered, [role])).toEqual(expected);
  });

  it('shows nothing the server does not offer, whatever the role', () => {
    expect(allowedActions([], ['service-manager'])).toEqual([]);
    expect(allowedActions(['cancel'], ['service-manager'])).toEqual(['cancel']);
  });

  it('ignores actions this screen has no button for', () => {
    expect(allowedActions(['teleport', 'check-in'], ['advisor'])).toEqual(['check-in']);
  });

  it('readiness is ticked by advisors, workshop and managers while the appointment is ahead', () => {
    expect(canEditReadiness('CONFIRMED', ['workshop'])).toBe(true);
    expect(canEditReadiness('CONFIRMED', ['advisor'])).toBe(true);
    expect(canEditReadiness('CONFIRMED', ['customer-service'])).toBe(false);
    expect(canEditReadiness('CONFIRMED', ['cashier'])).toBe(false);
    expect(canEditReadiness('CANCELLED', ['workshop'])).toBe(false);
  });
});
