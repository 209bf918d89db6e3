import type { Appointment, StoreSettings } from '@/lib/api-types';
import { isoDayOfWeek, localDate, localMinutes, timeToMinutes } from '@/lib/zoned-time';
import { holdsCapacity } from './status';

export type GroupBy = 'advisor' | 'bayType';

/** A calendar column (day view) or row (week view): an advisor or a bay type, with its capacity per slot. */
export type Lane = { id: string; label: string; capacity: number };

export type DayGrid = { opens: number; closes: number; slotMinutes: number; rows: number[] };

const FALLBACK_HOURS = { opens: 8 * 60 + 30, closes: 18 * 60 };

/** The day's slot rows from the store's opening hours; null when the store is closed (or a holiday). */
export function dayGrid(settings: StoreSettings | undefined, date: string): DayGrid | null {
  const slotMinutes = settings?.slotMinutes ?? 15;
  if (settings?.holidays.some((h) => h.date === date)) return null;
  const hours = settings ? settings.openingHours.find((h) => h.dayOfWeek === isoDayOfWeek(date)) : undefined;
  if (settings && !hours) return null;
  const opens = hours ? timeToMinutes(hours.opens) : FALLBACK_HOURS.opens;
  const closes = hours ? timeToMinutes(hours.closes) : FALLBACK_HOURS.closes;
  const first = Math.ceil(opens / slotMinutes) * slotMinutes;
  const rows: number[] = [];
  for (let m = first; m < closes; m += slotMinutes) rows.push(m);
  return { opens, closes, slotMinutes, rows };
}

export function laneIdOf(a: Appointment, groupBy: GroupBy): string {
  return groupBy === 'advisor' ? a.advisor.id : a.bayType;
}

/** The row an arrival falls in (arrivals off the grid go to the nearest row inside opening hours). */
export function rowOf(minutes: number, grid: DayGrid): number {
  const first = grid.rows[0] ?? grid.opens;
  const last = grid.rows[grid.rows.length - 1] ?? first;
  const snapped = first + Math.floor((minutes - first) / grid.slotMinutes) * grid.slotMinutes;
  return Math.min(Math.max(snapped, first), last);
}

export type PlacedDay = {
  /** lane id → row minute → the appointments arriving in that slot, by time. */
  cells: Map<string, Map<number, Appointment[]>>;
  /** Free capacity of a lane in a row: reception places (advisor) or bays (bay type). */
  free: (laneId: string, row: number) => number;
};

/**
 * Puts one day's appointments in their lane and slot row (store-local time). An advisor's
 * capacity is for arrivals per slot (R-APT-3 reception); a bay type's is used for the whole
 * duration of the work.
 */
export function placeDay(appointments: readonly Appointment[], lanes: readonly Lane[], date: string, zone: string, grid: DayGrid, groupBy: GroupBy): PlacedDay {
  const cells = new Map<string, Map<number, Appointment[]>>();
  const used = new Map<string, Map<number, number>>();
  const capacity = new Map(lanes.map((l) => [l.id, l.capacity]));
  for (const a of appointments) {
    if (localDate(a.arrivalAt, zone) !== date) continue;
    const lane = laneIdOf(a, groupBy);
    const start = localMinutes(a.arrivalAt, zone);
    const row = rowOf(start, grid);
    const laneCells = cells.get(lane) ?? new Map<number, Appointment[]>();
    laneCells.set(row, [...(laneCells.get(row) ?? []), a]);
    cells.set(lane, laneCells);
    if (!holdsCapacity(a.status)) continue;
    const laneUse = used.get(lane) ?? new Map<number, number>();
    const slots = groupBy === 'advisor' ? 1 : Math.max(1, Math.ceil(a.durationMinutes / grid.slotMinutes));
    for (let i = 0; i < slots; i++) {
      const r = row + i * grid.slotMinutes;
      laneUse.set(r, (laneUse.get(r) ?? 0) + 1);
    }
    used.set(lane, laneUse);
  }
  for (const laneCells of cells.values()) {
    for (const list of laneCells.values()) list.sort((x, y) => x.arrivalAt.localeCompare(y.arrivalAt));
  }
  return {
    cells,
    free: (laneId, row) => Math.max(0, (capacity.get(laneId) ?? 0) - (used.get(laneId)?.get(row) ?? 0)),
  };
}

export type PlacedWeek = {
  /** lane id → date → appointments that day, by time. */
  cells: Map<string, Map<string, Appointment[]>>;
  /** Free slot-places of a lane on a day (capacity × slots − use), null when closed. */
  free: (laneId: string, date: string) => number | null;
  /** Total slot-places of a lane on a day, null when closed. */
  total: (laneId: string, date: string) => number | null;
};

export function placeWeek(
  appointments: readonly Appointment[],
  lanes: readonly Lane[],
  days: readonly string[],
  zone: string,
  settings: StoreSettings | undefined,
  groupBy: GroupBy,
): PlacedWeek {
  const cells = new Map<string, Map<string, Appointment[]>>();
  const used = new Map<string, number>();
  const grids = new Map(days.map((d) => [d, dayGrid(settings, d)]));
  for (const a of appointments) {
    const date = localDate(a.arrivalAt, zone);
    if (!grids.has(date)) continue;
    const lane = laneIdOf(a, groupBy);
    const laneCells = cells.get(lane) ?? new Map<string, Appointment[]>();
    laneCells.set(date, [...(laneCells.get(date) ?? []), a]);
    cells.set(lane, laneCells);
    if (holdsCapacity(a.status)) {
      const slotMinutes = settings?.slotMinutes ?? 15;
      const slots = groupBy === 'advisor' ? 1 : Math.max(1, Math.ceil(a.durationMinutes / slotMinutes));
      used.set(`${lane}|${date}`, (used.get(`${lane}|${date}`) ?? 0) + slots);
    }
  }
  for (const laneCells of cells.values()) {
    for (const list of laneCells.values()) list.sort((x, y) => x.arrivalAt.localeCompare(y.arrivalAt));
  }
  const capacity = new Map(lanes.map((l) => [l.id, l.capacity]));
  const total = (laneId: string, date: string) => {
    const grid = grids.get(date);
    return grid ? (capacity.get(laneId) ?? 0) * grid.rows.length : null;
  };
  return {
    cells,
    total,
    free: (laneId, date) => {
      const t = total(laneId, date);
      return t === null ? null : Math.max(0, t - (used.get(`${laneId}|${date}`) ?? 0));
    },
  };
}

/**
 * Lanes for the appointments on screen: the store's advisors (or bay types) plus any that
 * only appear on an appointment (an advisor since deactivated), so that no booking is hidden.
 */
export function withMissingLanes(lanes: readonly Lane[], appointments: readonly Appointment[], groupBy: GroupBy, labelOf: (a: Appointment) => string): Lane[] {
  const out = [...lanes];
  for (const a of appointments) {
    const id = laneIdOf(a, groupBy);
    if (!out.some((l) => l.id === id)) out.push({ id, label: labelOf(a), capacity: 0 });
  }
  return out;
}
