import { api, etagOf, unwrap } from '@/lib/api-client';
import type { AppointmentWithEtag } from './get-appointment';
import { useAppointmentAction } from './use-appointment-action';

/** REQUESTED | CONFIRMED → ARRIVED: the customer is received; the answer names the draft order the check-in continues on. */
export async function checkInAppointment(store: string, id: string, etag: string): Promise<AppointmentWithEtag> {
  const { data, response } = await unwrap(api.POST('/api/stores/{store}/appointments/{id}/check-in', { params: { path: { store, id }, header: { 'If-Match': etag } } }));
  return { appointment: data, etag: etagOf(response) };
}

export function useCheckInAppointment(store: string, id: string) {
  return useAppointmentAction(store, id, ({ etag }: { etag: string }) => checkInAppointment(store, id, etag));
}
