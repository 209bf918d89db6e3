import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ReminderCallRequest, ReminderCycle } from '@/lib/api-types';
import { followUpKey } from './keys';

export const remindersKey = (store: string, vehicleId: string) => [...followUpKey(store), 'reminders', vehicleId] as const;

/** The vehicle's maintenance reminder cycles, newest first (R-REM-1..3). */
export function useReminderCycles(store: string, vehicleId: string) {
  return useQuery({
    queryKey: remindersKey(store, vehicleId),
    queryFn: async (): Promise<ReminderCycle[]> =>
      (await unwrap(api.GET('/api/stores/{store}/reminders', { params: { path: { store }, query: { vehicleId } } }))).data.items,
  });
}

export type ReminderCallInput = { cycle: Pick<ReminderCycle, 'id' | 'version'>; call: ReminderCallRequest };

/** R-REM-2: what the reminder call found (mileage re-projects the due date) and the decision. */
export function useRecordReminderCall(store: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ cycle, call }: ReminderCallInput): Promise<ReminderCycle> =>
      (
        await unwrap(
          api.POST('/api/stores/{store}/reminders/{id}/call', {
            params: { path: { store, id: cycle.id }, header: { 'If-Match': `"${cycle.version}"` } },
            body: call,
          }),
        )
      ).data,
    onSettled: () => qc.invalidateQueries({ queryKey: followUpKey(store) }),
  });
}
