import { describe, expect, it } from 'vitest';
import { toProblem, violationPathToFormPath, violationsToFormErrors } from './problem';

describe('problem details', () => {
  it('maps JSON property paths to form paths', () => {
    expect(violationPathToFormPath('vin')).toBe('vin');
    expect(violationPathToFormPath('phones[0]')).toBe('phones.0');
    expect(violationPathToFormPath('owner.phones[12]')).toBe('owner.phones.12');
  });

  it('splits violations into field errors and the rest', () => {
    const known = new Set(['vin', 'phones.0']);
    const { errors, unmatched } = violationsToFormErrors(
      [
        { field: 'vin', message: 'check digit' },
        { field: 'vin', message: 'too short' },
        { field: 'phones[0]', message: 'invalid' },
        { field: '', message: 'body' },
      ],
      (p) => known.has(p),
    );
    expect(errors).toEqual({ vin: 'check digit; too short', 'phones.0': 'invalid' });
    expect(unmatched).toEqual([{ field: '', message: 'body' }]);
  });

  it('tolerates foreign bodies', () => {
    expect(toProblem(500, null, 'Server Error')).toEqual({ status: 500, title: 'Server Error', detail: undefined });
    expect(toProblem(400, { violations: [{ field: 'a' }, { field: 'b', message: 'm' }] }).violations).toEqual([{ field: 'b', message: 'm' }]);
  });
});
