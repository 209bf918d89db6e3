import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { AssignTaskRequest, Task } from '@/lib/api-types';
import { tasksKey } from './list-tasks';
import { taskEtag } from './task-etag';

export type AssignInput = { task: Pick<Task, 'id' | 'version'>; to: AssignTaskRequest };

/** Hands the task to a role's queue and/or one person (e.g. "I take it"). */
export async function assignTask(store: string, { task, to }: AssignInput): Promise<Task> {
  return (
    await unwrap(
      api.POST('/api/stores/{store}/tasks/{id}/assign', {
        params: { path: { store, id: task.id }, header: { 'If-Match': taskEtag(task) } },
        body: to,
      }),
    )
  ).data;
}

export function useAssignTask(store: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: AssignInput) => assignTask(store, input),
    onSettled: () => qc.invalidateQueries({ queryKey: tasksKey(store) }),
  });
}
