import { describe, expect, it } from 'vitest';
import { looksLikePlate, normalizePlate } from './plate';
import { normalizeVin, vinCheckDigit, vinProblem } from './vin';

describe('VIN hints', () => {
  it('computes the check digit (ISO 3779 weights)', () => {
    expect(vinCheckDigit('1M8GDM9AXKP042788')).toBe('X');
    expect(vinCheckDigit('11111111111111111')).toBe('1');
    expect(vinProblem('1M8GDM9AXKP042788')).toBeNull();
  });

  it('names the problem', () => {
    expect(vinProblem('1M8GDM9A')).toEqual({ kind: 'length', length: 8 });
    expect(vinProblem('1M8GDM9AXKP04278O')).toEqual({ kind: 'chars' });
    expect(vinProblem('1M8GDM9A1KP042788')).toEqual({ kind: 'checkDigit' });
    expect(normalizeVin(' 1m8g dm9a ')).toBe('1M8GDM9A');
  });
});

describe('plate hints', () => {
  it('accepts regular and new-energy mainland plates', () => {
    expect(looksLikePlate('京A12345')).toBe(true);
    expect(looksLikePlate('京ad12345')).toBe(true);
    expect(looksLikePlate('沪B 1234学')).toBe(true);
    expect(looksLikePlate('A12345')).toBe(false);
    expect(looksLikePlate('京A1234')).toBe(false);
  });

  it('upper-cases and strips separators', () => {
    expect(normalizePlate('京a·123 45')).toBe('京A12345');
  });
});
