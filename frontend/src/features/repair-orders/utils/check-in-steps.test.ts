import { describe, expect, it } from 'vitest';
import { reachableSteps, resumeStep } from './check-in-steps';

const order = (status: 'DRAFT' | 'AWAITING_SIGNATURE' | 'OPEN' | 'CANCELLED', lines = 0, handedOver = false) => ({
  status,
  lines: Array.from({ length: lines }, () => ({}) as never),
  handover: handedOver ? { receiver: '赵师傅', receiverKind: 'TECHNICIAN' as const, at: '2026-11-23T02:10:00Z', route: 'FOREMAN' as const, handedOverBy: 'advisor' } : null,
});
const mark = { id: 'm1', zone: 'BONNET' as const, type: 'SCRATCH' as const };
const inspection = (odometer: number | null, marks = 0) => ({ odometer, damageMarks: Array.from({ length: marks }, () => mark) });

describe('resumeStep', () => {
  it('starts a draft without inspection at the walk-around', () => expect(resumeStep(order('DRAFT'), null)).toBe('walkaround'));
  it('resumes at the readings once marks are made but no odometer recorded', () => {
    expect(resumeStep(order('DRAFT'), inspection(null, 1))).toBe('readings');
    expect(resumeStep(order('DRAFT'), inspection(null))).toBe('walkaround');
  });
  it('resumes at the jobs after the readings, at the estimate once there are lines', () => {
    expect(resumeStep(order('DRAFT'), inspection(42000))).toBe('jobs');
    expect(resumeStep(order('DRAFT', 2), inspection(42000))).toBe('estimate');
  });
  it('resumes an order awaiting signature at the signature', () => expect(resumeStep(order('AWAITING_SIGNATURE', 2), inspection(1))).toBe('sign'));
  it('resumes a signed order at the handover', () => expect(resumeStep(order('OPEN', 2), inspection(1))).toBe('handover'));
  it('is done once handed over or closed', () => {
    expect(resumeStep(order('OPEN', 2, true), null)).toBe('done');
    expect(resumeStep(order('CANCELLED'), null)).toBe('done');
  });
  it('lets a draft visit its steps in any order, a signed order only the next one', () => {
    expect(reachableSteps(order('DRAFT', 1), null)).toEqual(['walkaround', 'readings', 'jobs', 'estimate']);
    expect(reachableSteps(order('OPEN', 1), null)).toEqual(['handover']);
  });
  it('opens the walk-around and readings again for an unsigned correction of a signed inspection (R-CHK-2)', () => {
    const correction = { ...inspection(42000, 1), versionNumber: 2, signature: null };
    expect(reachableSteps(order('OPEN', 2, true), correction)).toEqual(['walkaround', 'readings', 'done']);
    const signedCorrection = { ...correction, signature: { signerName: '张伟', signedAt: '2026-11-23T02:30:00Z' } as never };
    expect(reachableSteps(order('OPEN', 2, true), signedCorrection)).toEqual(['done']);
    expect(reachableSteps(order('OPEN', 2), { ...inspection(42000), versionNumber: 1, signature: null })).toEqual(['handover']);
  });
});
