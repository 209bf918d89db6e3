import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Task } from '@/lib/api-types';
import { storeKey } from '@/lib/query-keys';

/** The API pages tasks by at most 100. */
const PAGE = 100;
const MAX_PAGES = 10;

/** Open tasks, oldest first; `assigneeRole` null = every role's (the service manager's view). */
export async function listOpenTasks(store: string, assigneeRole: string | null): Promise<Task[]> {
  const all: Task[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < MAX_PAGES; i++) {
    const query = { status: 'OPEN', limit: PAGE, ...(assigneeRole ? { assigneeRole } : {}), ...(cursor ? { cursor } : {}) };
    const { data } = await unwrap(api.GET('/api/stores/{store}/tasks', { params: { path: { store }, query } }));
    all.push(...data.items);
    if (!data.nextCursor) break;
    cursor = data.nextCursor;
  }
  return all;
}

export const tasksKey = (store: string) => [...storeKey(store), 'tasks'] as const;

export function useOpenTasks(store: string, assigneeRole: string | null) {
  return useQuery({ queryKey: [...tasksKey(store), 'open', assigneeRole ?? '*'], queryFn: () => listOpenTasks(store, assigneeRole), refetchInterval: 60_000 });
}
