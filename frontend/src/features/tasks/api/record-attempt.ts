import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { RecordAttemptRequest, Task } from '@/lib/api-types';
import { tasksKey } from './list-tasks';
import { taskEtag } from './task-etag';

export type AttemptInput = { task: Pick<Task, 'id' | 'version'>; attempt: RecordAttemptRequest };

/** One contact attempt: CALL_BACK_AT moves the task's due time, DONE completes it, DO_NOT_CALL cancels it. */
export async function recordAttempt(store: string, { task, attempt }: AttemptInput): Promise<Task> {
  return (
    await unwrap(
      api.POST('/api/stores/{store}/tasks/{id}/attempts', {
        params: { path: { store, id: task.id }, header: { 'If-Match': taskEtag(task) } },
        body: attempt,
      }),
    )
  ).data;
}

export function useRecordAttempt(store: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: AttemptInput) => recordAttempt(store, input),
    // Recorded or stale (412: someone else worked it): either way the list must be re-read.
    onSettled: () => qc.invalidateQueries({ queryKey: tasksKey(store) }),
  });
}
