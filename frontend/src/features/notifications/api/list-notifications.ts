import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Notification } from '@/lib/api-types';
import { storeKey } from '@/lib/query-keys';

/** What was sent about one appointment: workshop and parts boards (R-APT-5), customer reminders (R-APT-6). */
export async function listAppointmentNotifications(store: string, appointmentId: string): Promise<Notification[]> {
  const query = { appointmentId, limit: 100 };
  return (await unwrap(api.GET('/api/stores/{store}/notifications', { params: { path: { store }, query } }))).data.items;
}

export function useAppointmentNotifications(store: string, appointmentId: string) {
  return useQuery({
    queryKey: [...storeKey(store), 'notifications', 'appointment', appointmentId],
    queryFn: () => listAppointmentNotifications(store, appointmentId),
  });
}
