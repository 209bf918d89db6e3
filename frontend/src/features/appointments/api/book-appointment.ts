import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '@/lib/api-client';
import type { BookAppointment } from '@/lib/api-types';
import { storeKey } from '@/lib/query-keys';
import { appointmentKey, type AppointmentWithEtag } from './get-appointment';

/** R-APT-2/3: books at a free slot; a retry with the same key and body is replayed, never booked twice. */
export async function bookAppointment(store: string, body: BookAppointment, idempotencyKey: string): Promise<AppointmentWithEtag> {
  const { data, response } = await unwrap(
    api.POST('/api/stores/{store}/appointments', { params: { path: { store }, header: { 'Idempotency-Key': idempotencyKey } }, body }),
  );
  return { appointment: data, etag: etagOf(response) };
}

export function useBookAppointment(store: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: BookAppointment; idempotencyKey: string }) => bookAppointment(store, body, idempotencyKey),
    onSuccess: async (booked) => {
      qc.setQueryData(appointmentKey(store, booked.appointment.id), booked);
      // A new customer or vehicle may have been registered in the same call: refresh the archive too.
      await qc.invalidateQueries({ queryKey: storeKey(store), refetchType: 'active' });
    },
  });
}
