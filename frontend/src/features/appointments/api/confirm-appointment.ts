import { api, etagOf, unwrap } from '@/lib/api-client';
import type { AppointmentWithEtag } from './get-appointment';
import { useAppointmentAction } from './use-appointment-action';

/** REQUESTED → CONFIRMED; the draft repair order is prepared (R-PRE-1). */
export async function confirmAppointment(store: string, id: string, etag: string): Promise<AppointmentWithEtag> {
  const { data, response } = await unwrap(api.POST('/api/stores/{store}/appointments/{id}/confirm', { params: { path: { store, id }, header: { 'If-Match': etag } } }));
  return { appointment: data, etag: etagOf(response) };
}

export function useConfirmAppointment(store: string, id: string) {
  return useAppointmentAction(store, id, ({ etag }: { etag: string }) => confirmAppointment(store, id, etag));
}
