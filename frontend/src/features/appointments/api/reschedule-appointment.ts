import { api, etagOf, unwrap } from '@/lib/api-client';
import type { RescheduleInput } from '@/lib/api-types';
import type { AppointmentWithEtag } from './get-appointment';
import { useAppointmentAction } from './use-appointment-action';

/** Moves the booking: the answer is the NEW appointment; the old one stays as RESCHEDULED. */
export async function rescheduleAppointment(store: string, id: string, body: RescheduleInput, etag: string): Promise<AppointmentWithEtag> {
  const { data, response } = await unwrap(
    api.POST('/api/stores/{store}/appointments/{id}/reschedule', { params: { path: { store, id }, header: { 'If-Match': etag } }, body }),
  );
  return { appointment: data, etag: etagOf(response) };
}

export function useRescheduleAppointment(store: string, id: string) {
  return useAppointmentAction(store, id, ({ body, etag }: { body: RescheduleInput; etag: string }) => rescheduleAppointment(store, id, body, etag));
}
