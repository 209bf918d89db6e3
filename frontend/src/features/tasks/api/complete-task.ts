import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Task } from '@/lib/api-types';
import { tasksKey } from './list-tasks';

/** The task's ETag is its quoted version ("3"); the list carries the version, so no extra read is needed. */
export const taskEtag = (task: Pick<Task, 'version'>) => `"${task.version}"`;

export async function completeTask(store: string, task: Pick<Task, 'id' | 'version'>): Promise<Task> {
  return (await unwrap(api.POST('/api/stores/{store}/tasks/{id}/complete', { params: { path: { store, id: task.id }, header: { 'If-Match': taskEtag(task) } } }))).data;
}

export function useCompleteTask(store: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (task: Pick<Task, 'id' | 'version'>) => completeTask(store, task),
    // Done or stale (412: someone else completed it): either way the list must be re-read.
    onSettled: () => qc.invalidateQueries({ queryKey: tasksKey(store) }),
  });
}
