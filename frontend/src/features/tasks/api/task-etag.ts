import type { Task } from '@/lib/api-types';

/** The task's ETag is its quoted version ("3"); the list carries the version, so no extra read is needed. */
export const taskEtag = (task: Pick<Task, 'version'>) => `"${task.version}"`;
