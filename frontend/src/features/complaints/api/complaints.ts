import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Complaint, ComplaintPage } from '@/lib/api-types';
import { storeKey } from '@/lib/query-keys';

export const complaintsKey = (store: string) => [...storeKey(store), 'complaints'] as const;

/** The complaint board (R-FUP-5): every case not closed, soonest deadline first; overdue = the escalations. */
export function useComplaints(store: string, overdue = false) {
  return useQuery({
    queryKey: [...complaintsKey(store), { overdue }] as const,
    queryFn: async (): Promise<ComplaintPage> =>
      (await unwrap(api.GET('/api/stores/{store}/complaints', { params: { path: { store }, query: { overdue } } }))).data,
    refetchInterval: 60_000,
  });
}

export type ComplaintAction = 'start' | 'reassign' | 'resolve' | 'second-follow-up' | 'close' | 'reopen';

export type ComplaintActionInput = {
  complaint: Pick<Complaint, 'id' | 'version'>;
  action: ComplaintAction;
  note?: string;
  deadline?: string;
  owner?: string;
  satisfied?: boolean;
};

const PATHS = {
  start: '/api/stores/{store}/complaints/{id}/start',
  reassign: '/api/stores/{store}/complaints/{id}/reassign',
  resolve: '/api/stores/{store}/complaints/{id}/resolve',
  'second-follow-up': '/api/stores/{store}/complaints/{id}/second-follow-up',
  close: '/api/stores/{store}/complaints/{id}/close',
  reopen: '/api/stores/{store}/complaints/{id}/reopen',
} as const;

/** One named transition of a case (If-Match with the version read). */
export async function actOnComplaint(store: string, { complaint, action, note, deadline, owner, satisfied }: ComplaintActionInput): Promise<Complaint> {
  const params = { path: { store, id: complaint.id }, header: { 'If-Match': `"${complaint.version}"` } };
  const text = note?.trim() ?? '';
  switch (action) {
    case 'start':
      return (await unwrap(api.POST(PATHS.start, { params, body: { deadline: deadline ?? '', owner: owner || null, note: text || null } }))).data;
    case 'reassign':
      return (await unwrap(api.POST(PATHS.reassign, { params, body: { deadline: deadline || null, owner: owner || null, note: text } }))).data;
    case 'second-follow-up':
      return (await unwrap(api.POST(PATHS['second-follow-up'], { params, body: { satisfied: satisfied ?? false, note: text } }))).data;
    default:
      return (await unwrap(api.POST(PATHS[action], { params, body: { note: text } }))).data;
  }
}

export function useComplaintAction(store: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ComplaintActionInput) => actOnComplaint(store, input),
    onSettled: () => Promise.all([qc.invalidateQueries({ queryKey: complaintsKey(store) }), qc.invalidateQueries({ queryKey: [...storeKey(store), 'follow-up'] })]),
  });
}

/** One case (the second follow-up call shows what was resolved). */
export function useComplaint(store: string, id: string) {
  return useQuery({
    queryKey: [...complaintsKey(store), 'one', id] as const,
    queryFn: async (): Promise<Complaint> =>
      (await unwrap(api.GET('/api/stores/{store}/complaints/{id}', { params: { path: { store, id } } }))).data,
  });
}
