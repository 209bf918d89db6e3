import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { AssignJobRequest, BoardJob } from '@/lib/api-types';
import { workshopKey } from './get-board';

const ifMatch = (job: Pick<BoardJob, 'version'>) => `"${job.version}"`;

export type AssignInput = { job: Pick<BoardJob, 'id' | 'version'>; plan: AssignJobRequest };

/** R-REP-1: the foreman puts the job on a bay and a technician for a planned interval. */
export async function assignJob(store: string, { job, plan }: AssignInput): Promise<BoardJob> {
  return (
    await unwrap(
      api.POST('/api/stores/{store}/workshop/jobs/{id}/assign', { params: { path: { store, id: job.id }, header: { 'If-Match': ifMatch(job) } }, body: plan }),
    )
  ).data;
}

export async function unassignJob(store: string, job: Pick<BoardJob, 'id' | 'version'>): Promise<BoardJob> {
  return (await unwrap(api.POST('/api/stores/{store}/workshop/jobs/{id}/unassign', { params: { path: { store, id: job.id }, header: { 'If-Match': ifMatch(job) } } })))
    .data;
}

export function useAssignJob(store: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: AssignInput) => assignJob(store, input),
    // Assigned or refused (someone else moved it, a double booking): the board is read again.
    onSettled: () => qc.invalidateQueries({ queryKey: workshopKey(store) }),
  });
}

export function useUnassignJob(store: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (job: Pick<BoardJob, 'id' | 'version'>) => unassignJob(store, job),
    onSettled: () => qc.invalidateQueries({ queryKey: workshopKey(store) }),
  });
}
