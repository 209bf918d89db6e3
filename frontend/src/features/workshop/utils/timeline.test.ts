import { describe, expect, it } from 'vitest';
import { aJob, aTechnician } from '@/test/workshop-fixtures';
import { dayWindow, draftPlan, dropStartMinutes, laneJobs, percent, placement, plannedMinutes, queueJobs, toRequest } from './timeline';

const zone = 'Asia/Shanghai';
const w = { from: 8 * 60, to: 18 * 60 };

describe('the board timeline', () => {
  it('spans the whole hours from the earliest shift start to the latest shift end', () => {
    expect(dayWindow([aTechnician({ shiftStart: '08:30:00', shiftEnd: '17:30:00' }), aTechnician({ shiftStart: '07:45:00', shiftEnd: '16:00:00' })])).toEqual({ from: 7 * 60, to: 18 * 60 });
    expect(dayWindow([aTechnician({ shiftStart: null, shiftEnd: null })])).toEqual(w);
  });

  it('places a planned job by its store-local times, not the device zone', () => {
    // 10:00-11:30 Shanghai = 02:00-03:30Z: 20 % from the left, 15 % wide in 08:00-18:00.
    const at = placement(aJob({ plannedStart: '2030-01-07T02:00:00Z', plannedEnd: '2030-01-07T03:30:00Z' }), '2030-01-07', zone, w);
    expect(at?.left).toBeCloseTo(20);
    expect(at?.width).toBeCloseTo(15);
    expect(placement(aJob(), '2030-01-07', zone, w)).toBeNull();
    expect(placement(aJob({ plannedStart: '2030-01-08T02:00:00Z', plannedEnd: '2030-01-08T03:00:00Z' }), '2030-01-07', zone, w)).toBeNull();
  });

  it('plans a job for its current plan or its sold hours rounded up to the quarter hour', () => {
    expect(plannedMinutes(aJob({ soldHours: 1.1 }))).toBe(75);
    expect(plannedMinutes(aJob({ soldHours: 0 }))).toBe(15);
    expect(plannedMinutes(aJob({ plannedStart: '2030-01-07T02:00:00Z', plannedEnd: '2030-01-07T02:40:00Z' }))).toBe(40);
  });

  it('reads the start of a drop from the card edge over the lane, snapped and kept inside the day', () => {
    // Lane 1000 px wide from x=200 covers 08:00-18:00 (100 px an hour): x=455 is 10:33 → 10:30.
    expect(dropStartMinutes(455, 200, 1000, w, 60)).toBe(10 * 60 + 30);
    expect(dropStartMinutes(100, 200, 1000, w, 60)).toBe(8 * 60);
    expect(dropStartMinutes(1190, 200, 1000, w, 60)).toBe(17 * 60);
  });

  it('takes the lane for bay or technician and keeps the other from the job; a full draft becomes the request in store time', () => {
    const job = aJob({ technicianId: 'tech-zhou', soldHours: 1 });
    const onBay = draftPlan(job, { kind: 'bay', id: 'bay-b01' }, 10 * 60);
    expect(onBay).toEqual({ technicianId: 'tech-zhou', bayId: 'bay-b01', start: 600, duration: 60 });
    expect(toRequest(onBay, '2030-01-07', zone)).toEqual({ technicianId: 'tech-zhou', bayId: 'bay-b01', plannedStart: '2030-01-07T02:00:00.000Z', plannedEnd: '2030-01-07T03:00:00.000Z' });
    expect(toRequest(draftPlan(aJob(), { kind: 'technician', id: 'tech-wu' }, 600), '2030-01-07', zone)).toBeNull();
  });

  it('sorts jobs into lanes and the queue', () => {
    const planned = aJob({ id: 'p', technicianId: 't', bayId: 'b', plannedStart: '2030-01-07T02:00:00Z', plannedEnd: '2030-01-07T03:00:00Z' });
    const handed = aJob({ id: 'h', technicianId: 't', status: 'ASSIGNED' });
    const board = { jobs: [planned, handed, aJob({ id: 'w' })] };
    expect(laneJobs(board, { kind: 'technician', id: 't' }).map((j) => j.id)).toEqual(['p']);
    expect(laneJobs(board, { kind: 'bay', id: 'b' }).map((j) => j.id)).toEqual(['p']);
    expect(queueJobs(board).map((j) => j.id)).toEqual(['h', 'w']);
    expect(percent(1.08)).toBe('108 %');
    expect(percent(null)).toBe('–');
  });
});
