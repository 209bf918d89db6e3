import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { RecordAttemptRequest, Task } from '@/lib/api-types';
import { followUpKey } from './keys';

export type CallOutcomeInput = { task: Pick<Task, 'id' | 'version'>; outcome: RecordAttemptRequest };

/** One tap on the call screen: the attempt's outcome on the call's task (a no-answer comes back later, R-FUP-4). */
export async function recordCallOutcome(store: string, { task, outcome }: CallOutcomeInput): Promise<Task> {
  return (
    await unwrap(
      api.POST('/api/stores/{store}/tasks/{id}/attempts', {
        params: { path: { store, id: task.id }, header: { 'If-Match': `"${task.version}"` } },
        body: outcome,
      }),
    )
  ).data;
}

export function useRecordCallOutcome(store: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CallOutcomeInput) => recordCallOutcome(store, input),
    onSettled: () => qc.invalidateQueries({ queryKey: followUpKey(store) }),
  });
}
