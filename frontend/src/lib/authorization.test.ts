import { describe, expect, it } from 'vitest';
import { can } from './authorization';

describe('roles → what the UI shows', () => {
  it.each([
    ['advisor', true],
    ['customer-service', true],
    ['service-manager', true],
    ['workshop', false],
    ['cashier', false],
  ] as const)('%s may write the archive: %s', (role, expected) => {
    expect(can([role], 'archive.write')).toBe(expected);
    expect(can([role], 'archive.read')).toBe(true);
  });

  it('no roles, no rights', () => {
    expect(can([], 'archive.read')).toBe(false);
  });
});

describe('appointments: roles → what the UI shows', () => {
  it.each([
    ['advisor', { book: true, confirm: true, arrive: true, deposit: false, readinessWrite: true, tasks: true }],
    ['customer-service', { book: true, confirm: true, arrive: false, deposit: false, readinessWrite: false, tasks: true }],
    ['cashier', { book: false, confirm: false, arrive: false, deposit: true, readinessWrite: false, tasks: false }],
    ['workshop', { book: false, confirm: false, arrive: false, deposit: false, readinessWrite: true, tasks: false }],
    ['service-manager', { book: true, confirm: true, arrive: true, deposit: true, readinessWrite: true, tasks: true }],
  ] as const)('%s', (role, expected) => {
    expect(can([role], 'appointments.read')).toBe(true);
    expect({
      book: can([role], 'appointments.book'),
      confirm: can([role], 'appointments.confirm'),
      arrive: can([role], 'appointments.arrive'),
      deposit: can([role], 'appointments.deposit'),
      readinessWrite: can([role], 'readiness.write'),
      tasks: can([role], 'tasks.read'),
    }).toEqual(expected);
  });
});

describe('integrations: roles → what the UI shows (issue 12)', () => {
  it.each([
    ['advisor', false],
    ['customer-service', false],
    ['workshop', false],
    ['cashier', false],
    ['service-manager', true],
  ] as const)('%s manages the webhook subscriptions: %s', (role, expected) => {
    expect(can([role], 'integrations.manage')).toBe(expected);
  });
});
