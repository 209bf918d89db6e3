import { describe, expect, it } from 'vitest';
import { keysFor } from './live-keys';

const ORDER = '0190a1b2-0000-7000-8000-000000000001';

describe('which screens an event refreshes', () => {
  it('a job change refreshes the board, my jobs and its order (detail and lists)', () => {
    expect(keysFor('BJ01', { type: 'WorkshopJobChanged', repairOrderId: ORDER })).toEqual([
      ['stores', 'BJ01', 'repair-orders', ORDER],
      ['stores', 'BJ01', 'repair-orders', 'list'],
      ['stores', 'BJ01', 'workshop'],
    ]);
  });

  it('a technician punch without an order refreshes only the workshop', () => {
    expect(keysFor('BJ01', { type: 'TechnicianClocked', repairOrderId: null })).toEqual([['stores', 'BJ01', 'workshop']]);
  });

  it('a supplementary item reported or decided also refreshes the badge of items awaiting the customer', () => {
    for (const type of ['SupplementaryItemReported', 'SupplementaryItemsDecided'] as const) {
      expect(keysFor('SH01', { type, repairOrderId: ORDER })).toContainEqual(['stores', 'SH01', 'supplementary-items', 'awaiting-decision']);
      expect(keysFor('SH01', { type, repairOrderId: ORDER })).toContainEqual(['stores', 'SH01', 'repair-orders', ORDER]);
    }
  });

  it('a signature changes the order and its lists, not the board (the workshop does not have the car yet)', () => {
    expect(keysFor('BJ01', { type: 'RepairOrderSigned', repairOrderId: ORDER })).toEqual([
      ['stores', 'BJ01', 'repair-orders', ORDER],
      ['stores', 'BJ01', 'repair-orders', 'list'],
    ]);
  });
});
