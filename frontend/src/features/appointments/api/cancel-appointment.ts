import { api, etagOf, unwrap } from '@/lib/api-client';
import type { AppointmentWithEtag } from './get-appointment';
import { useAppointmentAction } from './use-appointment-action';

/** Cancels with a reason; the capacity is freed. */
export async function cancelAppointment(store: string, id: string, reason: string, etag: string): Promise<AppointmentWithEtag> {
  const { data, response } = await unwrap(
    api.POST('/api/stores/{store}/appointments/{id}/cancel', { params: { path: { store, id }, header: { 'If-Match': etag } }, body: { reason } }),
  );
  return { appointment: data, etag: etagOf(response) };
}

export function useCancelAppointment(store: string, id: string) {
  return useAppointmentAction(store, id, ({ reason, etag }: { reason: string; etag: string }) => cancelAppointment(store, id, reason, etag));
}
