import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Task } from '@/lib/api-types';
import { storeKey } from '@/lib/query-keys';

/** The API pages tasks by at most 100. */
const PAGE = 100;
const MAX_PAGES = 10;

/** Which desk: one person's tasks, one role's queue, or (neither) every open task of the store. */
export type TaskFilter = { assigneeUser?: string; assigneeRole?: string };

/** The tasks still to work (open or in progress), oldest first. */
export async function listOpenTasks(store: string, filter: TaskFilter): Promise<Task[]> {
  const all: Task[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < MAX_PAGES; i++) {
    const query = { status: ['OPEN', 'IN_PROGRESS'] as Task['status'][], limit: PAGE, ...filter, ...(cursor ? { cursor } : {}) };
    const { data } = await unwrap(api.GET('/api/stores/{store}/tasks', { params: { path: { store }, query } }));
    all.push(...data.items);
    if (!data.nextCursor) break;
    cursor = data.nextCursor;
  }
  return all;
}

export const tasksKey = (store: string) => [...storeKey(store), 'tasks'] as const;

export function useOpenTasks(store: string, filter: TaskFilter) {
  return useQuery({
    queryKey: [...tasksKey(store), 'open', filter.assigneeUser ?? '', filter.assigneeRole ?? ''],
    queryFn: () => listOpenTasks(store, filter),
    refetchInterval: 60_000,
  });
}
