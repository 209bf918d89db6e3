import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Appointment } from '@/lib/api-types';
import { appointmentsKey } from './keys';

const PAGE = 500;
/** A week of a busy store fits in one page; more than this many pages is a runaway loop. */
const MAX_PAGES = 20;

/** Every appointment arriving between two store-local dates (inclusive), all pages. */
export async function listAppointments(store: string, from: string, to: string): Promise<Appointment[]> {
  const all: Appointment[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < MAX_PAGES; i++) {
    const query = { from, to, limit: PAGE, ...(cursor ? { cursor } : {}) };
    const { data } = await unwrap(api.GET('/api/stores/{store}/appointments', { params: { path: { store }, query } }));
    all.push(...data.items);
    if (!data.nextCursor) break;
    cursor = data.nextCursor;
  }
  return all;
}

export const appointmentListKey = (store: string, from: string, to: string) => [...appointmentsKey(store), 'list', from, to] as const;

/** The calendar's data: refreshed every minute so that other advisors' bookings appear. */
export function useAppointments(store: string, from: string, to: string) {
  return useQuery({
    queryKey: appointmentListKey(store, from, to),
    queryFn: () => listAppointments(store, from, to),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}
