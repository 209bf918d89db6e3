import { api, etagOf, unwrap } from '@/lib/api-client';
import type { AppointmentWithEtag } from './get-appointment';
import { useAppointmentAction } from './use-appointment-action';

/** CONFIRMED → ARRIVED: the customer is at reception. */
export async function arriveAppointment(store: string, id: string, etag: string): Promise<AppointmentWithEtag> {
  const { data, response } = await unwrap(api.POST('/api/stores/{store}/appointments/{id}/arrive', { params: { path: { store, id }, header: { 'If-Match': etag } } }));
  return { appointment: data, etag: etagOf(response) };
}

export function useArriveAppointment(store: string, id: string) {
  return useAppointmentAction(store, id, ({ etag }: { etag: string }) => arriveAppointment(store, id, etag));
}
