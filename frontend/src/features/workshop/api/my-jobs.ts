import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { MyJobs, NonProductiveCode, PauseReason, PunchResult } from '@/lib/api-types';
import { useFallbackInterval } from '@/lib/live-status';
import { workshopKey } from './get-board';

export const myJobsKey = (store: string) => [...workshopKey(store), 'my-jobs'] as const;

export async function getMyJobs(store: string): Promise<MyJobs> {
  return (await unwrap(api.GET('/api/stores/{store}/workshop/my/jobs', { params: { path: { store } } }))).data;
}

export function useMyJobs(store: string) {
  return useQuery({ queryKey: myJobsKey(store), queryFn: () => getMyJobs(store), refetchInterval: useFallbackInterval(10_000) });
}

/** One tap of the technician's clock (R-REP-1). */
export type PunchAction =
  | { action: 'clock-on'; jobId: string }
  | { action: 'clock-off' }
  | { action: 'pause'; reason: PauseReason; note?: string }
  | { action: 'finish'; jobId: string }
  | { action: 'non-productive'; code: NonProductiveCode; note?: string };

/** Sends the punch with its Idempotency-Key: the same key on a retry replays the first answer, so nothing is punched twice. */
export async function punch(store: string, p: PunchAction, key: string): Promise<PunchResult> {
  const params = { path: { store }, header: { 'Idempotency-Key': key } };
  switch (p.action) {
    case 'clock-on':
      return (await unwrap(api.POST('/api/stores/{store}/workshop/my/clock-on', { params, body: { jobId: p.jobId } }))).data;
    case 'clock-off':
      return (await unwrap(api.POST('/api/stores/{store}/workshop/my/clock-off', { params }))).data;
    case 'pause':
      return (await unwrap(api.POST('/api/stores/{store}/workshop/my/pause', { params, body: { reason: p.reason, note: p.note ?? null } }))).data;
    case 'finish':
      return (await unwrap(api.POST('/api/stores/{store}/workshop/my/finish', { params, body: { jobId: p.jobId } }))).data;
    case 'non-productive':
      return (await unwrap(api.POST('/api/stores/{store}/workshop/my/non-productive', { params, body: { code: p.code, note: p.note ?? null } }))).data;
  }
}

export function usePunch(store: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ p, key }: { p: PunchAction; key: string }) => punch(store, p, key),
    onSettled: () => qc.invalidateQueries({ queryKey: workshopKey(store) }),
  });
}
