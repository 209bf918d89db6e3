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
