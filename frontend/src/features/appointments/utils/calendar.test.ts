import { describe, expect, it } from 'vitest';
import { anAppointment, LI, SETTINGS, WANG } from '@/test/appointment-fixtures';
import { dayGrid, placeDay, placeWeek, type Lane } from './calendar';

const ZONE = 'Asia/Shanghai';
const advisorLanes: Lane[] = [WANG, LI].map((a) => ({ id: a.id, label: a.displayName, capacity: a.receptionCapacity }));

describe('calendar placement', () => {
  it('builds the slot rows from the opening hours; closed days and holidays have none', () => {
    const grid = dayGrid(SETTINGS, '2030-01-08');
    expect(grid?.rows[0]).toBe(8 * 60 + 30);
    expect(grid?.rows.at(-1)).toBe(17 * 60 + 45);
    expect(grid?.rows).toHaveLength(38);
    expect(dayGrid(SETTINGS, '2030-01-06')).toBeNull(); // Sunday: no opening hours
    expect(dayGrid(SETTINGS, '2030-01-01')).toBeNull(); // holiday
  });

  it("puts an appointment in its advisor's column at its store-local arrival row", () => {
    const grid = dayGrid(SETTINGS, '2030-01-08');
    if (!grid) throw new Error('open day expected');
    const a = anAppointment({ arrivalAt: '2030-01-08T01:30:00Z', advisor: { id: LI.id, displayName: LI.displayName } });
    const placed = placeDay([a], advisorLanes, '2030-01-08', ZONE, grid, 'advisor');
    expect(placed.cells.get(LI.id)?.get(9 * 60 + 30)).toEqual([a]);
    expect(placed.cells.get(WANG.id)).toBeUndefined();
    expect(placed.free(LI.id, 9 * 60 + 30)).toBe(1);
    expect(placed.free(LI.id, 9 * 60 + 45)).toBe(2); // reception is only the arrival slot
  });

  it('ignores other days and frees capacity of cancelled bookings', () => {
    const grid = dayGrid(SETTINGS, '2030-01-08');
    if (!grid) throw new Error('open day expected');
    const other = anAppointment({ id: 'x', arrivalAt: '2030-01-09T01:30:00Z' });
    const cancelled = anAppointment({ id: 'y', status: 'CANCELLED' });
    const placed = placeDay([other, cancelled], advisorLanes, '2030-01-08', ZONE, grid, 'advisor');
    expect(placed.cells.get(WANG.id)?.get(9 * 60 + 30)).toEqual([cancelled]);
    expect(placed.free(WANG.id, 9 * 60 + 30)).toBe(2);
  });

  it('counts a bay as used for the whole duration of the work', () => {
    const grid = dayGrid(SETTINGS, '2030-01-08');
    if (!grid) throw new Error('open day expected');
    const a = anAppointment({ durationMinutes: 60 });
    const placed = placeDay([a], [{ id: 'GENERAL', label: '机修', capacity: 4 }], '2030-01-08', ZONE, grid, 'bayType');
    expect(placed.cells.get('GENERAL')?.get(9 * 60 + 30)).toEqual([a]);
    expect([9 * 60 + 30, 9 * 60 + 45, 10 * 60, 10 * 60 + 15].map((r) => placed.free('GENERAL', r))).toEqual([3, 3, 3, 3]);
    expect(placed.free('GENERAL', 10 * 60 + 30)).toBe(4);
  });

  it('groups a week by advisor and day, with the free reception places of each day', () => {
    const days = ['2030-01-07', '2030-01-08', '2030-01-09', '2030-01-10', '2030-01-11', '2030-01-12', '2030-01-13'];
    const a = anAppointment();
    const placed = placeWeek([a], advisorLanes, days, ZONE, SETTINGS, 'advisor');
    expect(placed.cells.get(WANG.id)?.get('2030-01-08')).toEqual([a]);
    expect(placed.total(WANG.id, '2030-01-08')).toBe(76);
    expect(placed.free(WANG.id, '2030-01-08')).toBe(75);
    expect(placed.free(WANG.id, '2030-01-13')).toBeNull(); // Sunday closed
  });
});
