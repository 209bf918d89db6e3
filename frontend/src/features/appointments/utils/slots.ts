import type { AvailableSlot } from '@/lib/api-types';
import { localDate } from '@/lib/zoned-time';

/** Availability grouped by store-local day, in time order. */
export function slotsByDay(slots: readonly AvailableSlot[], zone: string): Map<string, AvailableSlot[]> {
  const byDay = new Map<string, AvailableSlot[]>();
  for (const s of [...slots].sort((a, b) => a.start.localeCompare(b.start))) {
    const day = localDate(s.start, zone);
    byDay.set(day, [...(byDay.get(day) ?? []), s]);
  }
  return byDay;
}

/** The first day in `days` that has a free slot (what the advisor most likely wants). */
export function firstDayWithSlots(days: readonly string[], byDay: Map<string, AvailableSlot[]>): string | null {
  return days.find((d) => (byDay.get(d)?.length ?? 0) > 0) ?? null;
}
