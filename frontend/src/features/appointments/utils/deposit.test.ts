import { describe, expect, it } from 'vitest';
import { highValueTotal, requiredDeposit } from './deposit';

describe('R-APT-4 deposit hint', () => {
  it('is the store share of the high-value parts only', () => {
    const parts = [
      { quantity: 2, unitPrice: 850, highValue: true },
      { quantity: 1, unitPrice: 85, highValue: false },
    ];
    expect(highValueTotal(parts)).toBe(1700);
    expect(requiredDeposit(parts, 50)).toBe(850);
    expect(requiredDeposit(parts, 30)).toBe(510);
  });

  it('is zero without high-value parts', () => {
    expect(requiredDeposit([{ quantity: 4, unitPrice: 45.5, highValue: false }], 50)).toBe(0);
    expect(requiredDeposit([], 50)).toBe(0);
  });

  it('rounds up to the fen, never below the share (as the backend does)', () => {
    // 1 × 0.03 × 50 % = 0.015 → 0.02
    expect(requiredDeposit([{ quantity: 1, unitPrice: 0.03, highValue: true }], 50)).toBe(0.02);
    // 1.5 × 333.33 = 499.995 → 50 % = 249.9975 → 250.00
    expect(requiredDeposit([{ quantity: 1.5, unitPrice: 333.33, highValue: true }], 50)).toBe(250);
    // Floating point would say 0.1 + 0.2 ≠ 0.3; fen arithmetic does not.
    expect(requiredDeposit([{ quantity: 1, unitPrice: 0.1, highValue: true }, { quantity: 1, unitPrice: 0.2, highValue: true }], 100)).toBe(0.3);
  });

  it('ignores half-typed rows (empty or invalid numbers)', () => {
    expect(requiredDeposit([{ quantity: '', unitPrice: 1000, highValue: true }, { quantity: 1, unitPrice: '', highValue: true }, { quantity: 'x', unitPrice: 5, highValue: true }], 50)).toBe(0);
    expect(requiredDeposit([{ quantity: '2', unitPrice: '100', highValue: true }], 50)).toBe(100);
  });
});
