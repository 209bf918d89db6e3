import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { FinalInspectionRequest, InternalHandoverRequest, OldPartDisposition, SelfCheckRequest } from '@/lib/api-types';
import { storeKey } from '@/lib/query-keys';

/**
 * The quality check (R-QC-1..4): job-side keys live under the workshop's (a job change on the live
 * stream refreshes them), order-side keys under the order's (an order event refreshes them).
 */
export const qcKey = (store: string) => [...storeKey(store), 'workshop', 'quality-check'] as const;
export const orderQcKey = (store: string, orderId: string) => [...storeKey(store), 'repair-orders', orderId, 'quality-check'] as const;
const orderKey = (store: string, orderId: string) => [...storeKey(store), 'repair-orders', orderId] as const;
const tasksKey = (store: string) => [...storeKey(store), 'tasks'] as const;

export function useChecklists(store: string) {
  return useQuery({
    queryKey: [...qcKey(store), 'checklists'],
    queryFn: async () => (await unwrap(api.GET('/api/stores/{store}/quality-check/checklists', { params: { path: { store } } }))).data,
    staleTime: Infinity,
  });
}

export function useQcQueue(store: string) {
  return useQuery({
    queryKey: [...qcKey(store), 'queue'],
    queryFn: async () => (await unwrap(api.GET('/api/stores/{store}/quality-check/queue', { params: { path: { store } } }))).data,
  });
}

export function useMySelfChecks(store: string) {
  return useQuery({
    queryKey: [...qcKey(store), 'mine'],
    queryFn: async () => (await unwrap(api.GET('/api/stores/{store}/quality-check/my-self-checks', { params: { path: { store } } }))).data.items,
  });
}

export function useJobQc(store: string, jobId: string) {
  return useQuery({
    queryKey: [...qcKey(store), 'job', jobId],
    queryFn: async () => (await unwrap(api.GET('/api/stores/{store}/quality-check/jobs/{jobId}', { params: { path: { store, jobId } } }))).data,
  });
}

export function useFirstPass(store: string, from: string, to: string, enabled: boolean) {
  return useQuery({
    queryKey: [...qcKey(store), 'first-pass', from, to],
    queryFn: async () => (await unwrap(api.GET('/api/stores/{store}/quality-check/first-pass', { params: { path: { store }, query: { from, to } } }))).data,
    enabled,
  });
}

export function useOrderQc(store: string, orderId: string) {
  return useQuery({
    queryKey: orderQcKey(store, orderId),
    queryFn: async () => (await unwrap(api.GET('/api/stores/{store}/repair-orders/{id}/quality-check', { params: { path: { store, id: orderId } } }))).data,
  });
}

/** R-QC-3: the advisor's signature image (PNG) under the found-not-fixed list; `signedAt` keys it, so a new signature loads anew. */
export function useFindingsSignature(store: string, orderId: string, signedAt: string | null) {
  return useQuery({
    queryKey: [...orderQcKey(store, orderId), 'findings-signature', signedAt],
    queryFn: async () => {
      const call = api.GET('/api/stores/{store}/repair-orders/{id}/quality-check/found-not-fixed-signature', {
        params: { path: { store, id: orderId } },
        headers: { Accept: 'image/png, application/problem+json' },
        parseAs: 'blob',
      });
      return (await unwrap(call)).data as unknown as Blob;
    },
    enabled: signedAt !== null,
    staleTime: Infinity,
  });
}

/** After a job's check: the queue, the job, my jobs and the board (all under the workshop's key) and the order reload. */
function useJobAction<B>(store: string, send: (jobId: string, body: B) => Promise<{ repairOrderId: string }>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ jobId, body }: { jobId: string; body: B }) => send(jobId, body),
    onSuccess: (job) => void qc.invalidateQueries({ queryKey: orderKey(store, job.repairOrderId) }),
    onSettled: () => void qc.invalidateQueries({ queryKey: [...storeKey(store), 'workshop'] }),
  });
}

export function useSelfCheck(store: string) {
  return useJobAction<SelfCheckRequest>(store, async (jobId, body) =>
    (await unwrap(api.POST('/api/stores/{store}/quality-check/jobs/{jobId}/self-check', { params: { path: { store, jobId } }, body }))).data,
  );
}

export function useInspect(store: string) {
  return useJobAction<FinalInspectionRequest>(store, async (jobId, body) =>
    (await unwrap(api.POST('/api/stores/{store}/quality-check/jobs/{jobId}/inspection', { params: { path: { store, jobId } }, body }))).data,
  );
}

/** Order-side steps: the order's quality check, the order, the queue and the task desk reload. */
function useOrderAction<B>(store: string, orderId: string, send: (body: B) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: orderKey(store, orderId) });
      void qc.invalidateQueries({ queryKey: qcKey(store) });
      void qc.invalidateQueries({ queryKey: tasksKey(store) });
    },
  });
}

export function useRecordOldParts(store: string, orderId: string) {
  return useOrderAction(store, orderId, async (parts: { lineId: string; disposition: OldPartDisposition; location?: string | null; note?: string | null }[]) =>
    (await unwrap(api.PUT('/api/stores/{store}/repair-orders/{id}/quality-check/old-parts', { params: { path: { store, id: orderId } }, body: { parts } }))).data,
  );
}

export function useSignFindings(store: string, orderId: string) {
  return useOrderAction(store, orderId, async (signaturePng: string) =>
    (await unwrap(api.POST('/api/stores/{store}/repair-orders/{id}/quality-check/found-not-fixed-signature', { params: { path: { store, id: orderId } }, body: { signaturePng } })))
      .data,
  );
}

export function useInternalHandover(store: string, orderId: string) {
  return useOrderAction(store, orderId, async ({ version, body }: { version: number; body: InternalHandoverRequest }) =>
    (
      await unwrap(
        api.POST('/api/stores/{store}/repair-orders/{id}/quality-check/internal-handover', {
          params: { path: { store, id: orderId }, header: { 'If-Match': `"${version}"` } },
          body,
        }),
      )
    ).data,
  );
}
