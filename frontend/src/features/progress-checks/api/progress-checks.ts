import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ProgressCheck, ProgressCheckInput } from '@/lib/api-types';
import { storeKey } from '@/lib/query-keys';

export const progressChecksKey = (store: string) => [...storeKey(store), 'progress-checks'] as const;
/** The task desk's list and the order (the tasks and repair-orders features' keys): answering closes the task and may move the promise. */
const tasksKey = (store: string) => [...storeKey(store), 'tasks'] as const;
const orderKey = (store: string, orderId: string) => [...storeKey(store), 'repair-orders', orderId] as const;

/** R-REP-2: the progress check behind a PROGRESS_CHECK task (null when there is none). */
export async function getProgressCheckForTask(store: string, taskId: string): Promise<ProgressCheck | null> {
  const { data } = await unwrap(api.GET('/api/stores/{store}/progress-checks', { params: { path: { store }, query: { taskId, limit: 1 } } }));
  return data.items[0] ?? null;
}

export function useProgressCheckForTask(store: string, taskId: string) {
  return useQuery({ queryKey: [...progressChecksKey(store), 'task', taskId], queryFn: () => getProgressCheckForTask(store, taskId) });
}

/** The check's ETag is its quoted version; the list carries it. */
export const progressCheckEtag = (check: Pick<ProgressCheck, 'version'>) => `"${check.version}"`;

export async function completeProgressCheck(store: string, check: Pick<ProgressCheck, 'id' | 'version'>, body: ProgressCheckInput): Promise<ProgressCheck> {
  return (
    await unwrap(
      api.POST('/api/stores/{store}/progress-checks/{id}/complete', {
        params: { path: { store, id: check.id }, header: { 'If-Match': progressCheckEtag(check) } },
        body,
      }),
    )
  ).data;
}

/** R-REP-2: records the advisor's answer; the check, the task desk and the order (its promise may have moved) reload. */
export function useCompleteProgressCheck(store: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ check, body }: { check: ProgressCheck; body: ProgressCheckInput }) => completeProgressCheck(store, check, body),
    onSettled: (_data, _error, { check }) => {
      void qc.invalidateQueries({ queryKey: progressChecksKey(store) });
      void qc.invalidateQueries({ queryKey: tasksKey(store) });
      void qc.invalidateQueries({ queryKey: orderKey(store, check.repairOrderId), exact: true });
    },
  });
}
