import { useMutation, useQueryClient } from '@tanstack/react-query';
import { appointmentsKey } from './keys';
import { appointmentKey, type AppointmentWithEtag } from './get-appointment';

/**
 * Shared wiring of the state transitions (confirm, arrive, cancel, reschedule, deposit): the
 * answer replaces the cached appointment, and every list of the store (calendar, board,
 * readiness, availability) is refreshed.
 */
export function useAppointmentAction<V>(store: string, id: string, call: (vars: V) => Promise<AppointmentWithEtag>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: async (result) => {
      if (result.appointment.id === id && result.etag) qc.setQueryData(appointmentKey(store, id), result);
      await qc.invalidateQueries({ queryKey: appointmentsKey(store) });
    },
  });
}
