import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { CloseOutreachRequest, ReminderOutreach } from '@/lib/api-types';
import { followUpKey } from './keys';

/** The vehicle's reminders other than maintenance, newest first (R-REM-4..6). */
export function useOutreach(store: string, vehicleId: string) {
  return useQuery({
    queryKey: [...followUpKey(store), 'outreach', vehicleId] as const,
    queryFn: async (): Promise<ReminderOutreach[]> =>
      (await unwrap(api.GET('/api/stores/{store}/outreach', { params: { path: { store }, query: { vehicleId } } }))).data.items,
  });
}

/** R-REM-5: the retention or lost call ends RETAINED, or LOST with the reason from the list. */
export function useCloseOutreach(store: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ outreach, body }: { outreach: Pick<ReminderOutreach, 'id' | 'version'>; body: CloseOutreachRequest }): Promise<ReminderOutreach> =>
      (
        await unwrap(
          api.POST('/api/stores/{store}/outreach/{id}/close', {
            params: { path: { store, id: outreach.id }, header: { 'If-Match': `"${outreach.version}"` } },
            body,
          }),
        )
      ).data,
    onSettled: () => qc.invalidateQueries({ queryKey: followUpKey(store) }),
  });
}
