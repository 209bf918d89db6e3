import type { AssignJobRequest, BoardJob, BoardTechnician, JobBoard, JobStatus, Lateness } from '@/lib/api-types';
import { localDate, localMinutes, timeToMinutes, zonedInstant } from '@/lib/zoned-time';

/** The part of the store-local day the timeline shows, in minutes after midnight. */
export type TimeWindow = { from: number; to: number };

/** A row of the board: a bay or a technician. */
export type Lane = { kind: 'bay' | 'technician'; id: string };

/** Planning snaps to a quarter of an hour. */
export const SNAP_MINUTES = 15;
const DEFAULT_WINDOW: TimeWindow = { from: 8 * 60, to: 18 * 60 };

/** From the earliest shift start to the latest shift end of the day, whole hours (08:00–18:00 when nobody works). */
export function dayWindow(technicians: readonly Pick<BoardTechnician, 'shiftStart' | 'shiftEnd'>[]): TimeWindow {
  const starts = technicians.flatMap((t) => (t.shiftStart ? [timeToMinutes(t.shiftStart)] : []));
  const ends = technicians.flatMap((t) => (t.shiftEnd ? [timeToMinutes(t.shiftEnd)] : []));
  if (starts.length === 0 || ends.length === 0) return DEFAULT_WINDOW;
  const from = Math.floor(Math.min(...starts) / 60) * 60;
  const to = Math.ceil(Math.max(...ends) / 60) * 60;
  return to > from ? { from, to } : DEFAULT_WINDOW;
}

/** The whole hours of the window, for the scale. */
export function hourTicks(w: TimeWindow): number[] {
  const ticks: number[] = [];
  for (let m = w.from; m <= w.to; m += 60) ticks.push(m);
  return ticks;
}

/** Where a planned job sits on the day's timeline, as percentages of the window; null when it is not planned that day. */
export function placement(job: Pick<BoardJob, 'plannedStart' | 'plannedEnd'>, day: string, zone: string, w: TimeWindow): { left: number; width: number } | null {
  if (!job.plannedStart || !job.plannedEnd || localDate(job.plannedStart, zone) !== day) return null;
  const span = w.to - w.from;
  const start = Math.max(w.from, localMinutes(job.plannedStart, zone));
  const endDay = localDate(job.plannedEnd, zone);
  const end = Math.min(w.to, endDay === day ? localMinutes(job.plannedEnd, zone) : w.to);
  if (end <= start) return null;
  return { left: ((start - w.from) / span) * 100, width: ((end - start) / span) * 100 };
}

/** How long to plan a job: its current plan, else its sold hours rounded up to the quarter hour (at least one). */
export function plannedMinutes(job: Pick<BoardJob, 'plannedStart' | 'plannedEnd' | 'soldHours'>): number {
  if (job.plannedStart && job.plannedEnd) {
    return Math.max(SNAP_MINUTES, Math.round((new Date(job.plannedEnd).getTime() - new Date(job.plannedStart).getTime()) / 60_000));
  }
  return Math.max(SNAP_MINUTES, Math.ceil((Number(job.soldHours) * 60) / SNAP_MINUTES) * SNAP_MINUTES);
}

/**
 * The start a drop means: the card's left edge over the lane, as store-local minutes snapped to
 * the quarter hour, kept inside the window so the whole job fits.
 */
export function dropStartMinutes(cardLeft: number, laneLeft: number, laneWidth: number, w: TimeWindow, duration: number): number {
  const ratio = laneWidth > 0 ? (cardLeft - laneLeft) / laneWidth : 0;
  const raw = w.from + ratio * (w.to - w.from);
  const snapped = Math.round(raw / SNAP_MINUTES) * SNAP_MINUTES;
  return Math.min(Math.max(snapped, w.from), Math.max(w.from, w.to - duration));
}

/** A plan with what is known: the lane dropped on gives its bay or technician, the job keeps the other. */
export type DraftPlan = { technicianId: string | null; bayId: string | null; start: number; duration: number };

export function draftPlan(job: Pick<BoardJob, 'technicianId' | 'bayId' | 'plannedStart' | 'plannedEnd' | 'soldHours'>, lane: Lane, start: number): DraftPlan {
  return {
    technicianId: lane.kind === 'technician' ? lane.id : (job.technicianId ?? null),
    bayId: lane.kind === 'bay' ? lane.id : (job.bayId ?? null),
    start,
    duration: plannedMinutes(job),
  };
}

/** The request for a complete draft (bay and technician known); null while one is missing. */
export function toRequest(d: DraftPlan, day: string, zone: string): AssignJobRequest | null {
  if (!d.technicianId || !d.bayId) return null;
  return {
    technicianId: d.technicianId,
    bayId: d.bayId,
    plannedStart: zonedInstant(day, d.start, zone).toISOString(),
    plannedEnd: zonedInstant(day, d.start + d.duration, zone).toISOString(),
  };
}

/** The jobs of one lane that are planned on the day, and the queue: jobs with no plan (the foreman's to place). */
export function laneJobs(board: Pick<JobBoard, 'jobs'>, lane: Lane): BoardJob[] {
  return board.jobs.filter((j) => j.plannedStart && (lane.kind === 'bay' ? j.bayId === lane.id : j.technicianId === lane.id));
}

export function queueJobs(board: Pick<JobBoard, 'jobs'>): BoardJob[] {
  return board.jobs.filter((j) => !j.plannedStart);
}

export const STATUS_COLOR: Record<JobStatus, string> = {
  WAITING: 'gray',
  ASSIGNED: 'blue',
  IN_PROGRESS: 'teal',
  PAUSED: 'orange',
  DONE: 'indigo',
  IN_QC: 'grape',
  REWORK: 'red',
  PASSED: 'green',
};

export const LATENESS_COLOR: Record<Lateness, string> = { ON_TIME: 'green', AT_RISK: 'yellow', LATE: 'red' };

/** 1.08 → "108 %"; null → "–". */
export function percent(ratio: number | null | undefined): string {
  return ratio == null ? '–' : `${Math.round(Number(ratio) * 100)} %`;
}
