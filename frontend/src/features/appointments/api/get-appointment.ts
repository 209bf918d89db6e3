import { useQuery } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '@/lib/api-client';
import type { Appointment } from '@/lib/api-types';
import { appointmentsKey } from './keys';

export type AppointmentWithEtag = { appointment: Appointment; etag: string | null };

export async function getAppointment(store: string, id: string): Promise<AppointmentWithEtag> {
  const { data, response } = await unwrap(api.GET('/api/stores/{store}/appointments/{id}', { params: { path: { store, id } } }));
  return { appointment: data, etag: etagOf(response) };
}

export const appointmentKey = (store: string, id: string) => [...appointmentsKey(store), 'one', id] as const;

/** One appointment and the ETag every action sends back as If-Match. */
export function useAppointment(store: string, id: string) {
  return useQuery({ queryKey: appointmentKey(store, id), queryFn: () => getAppointment(store, id), enabled: id !== '' });
}
