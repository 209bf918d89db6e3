import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { WarrantyClaim, WarrantyClaimStatus } from '@/lib/api-types';
import { newIdempotencyKey } from '@/lib/idempotency';
import { settlementKey } from './settlement';

/** Warranty claims (R-CHK-7): under the settlement key; every transition answers the claim with its new version. */
const claimsKey = (store: string) => [...settlementKey(store), 'warranty-claims'] as const;

/** The claims, the newest first, page by page (keyset: nextCursor), so none is ever cut off. */
export function useWarrantyClaims(store: string, status: WarrantyClaimStatus | null) {
  return useInfiniteQuery({
    queryKey: [...claimsKey(store), status ?? 'all'],
    queryFn: async ({ pageParam }) =>
      (
        await unwrap(
          api.GET('/api/stores/{store}/warranty-claims', {
            params: { path: { store }, query: { ...(status ? { status } : {}), limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } },
          }),
        )
      ).data,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    select: (data) => data.pages.flatMap((page) => page.items),
  });
}

function useClaimMutation<V>(store: string, send: (v: V) => Promise<WarrantyClaim>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: send, onSettled: () => void qc.invalidateQueries({ queryKey: claimsKey(store) }) });
}

export function useOpenWarrantyClaim(store: string) {
  return useClaimMutation(store, async (settlementId: string) =>
    (
      await unwrap(
        api.POST('/api/stores/{store}/settlements/{id}/warranty-claim', {
          params: { path: { store, id: settlementId }, header: { 'Idempotency-Key': newIdempotencyKey() } },
          body: {},
        }),
      )
    ).data,
  );
}

const ifMatch = (c: WarrantyClaim) => ({ 'If-Match': `"${c.version}"` });

export function useSubmitClaim(store: string) {
  return useClaimMutation(store, async ({ claim, claimReference }: { claim: WarrantyClaim; claimReference: string | null }) =>
    (await unwrap(api.POST('/api/stores/{store}/warranty-claims/{id}/submit', { params: { path: { store, id: claim.id }, header: ifMatch(claim) }, body: { claimReference } })))
      .data,
  );
}

export function useAcceptClaim(store: string) {
  return useClaimMutation(store, async ({ claim, paidAmount }: { claim: WarrantyClaim; paidAmount: number }) =>
    (await unwrap(api.POST('/api/stores/{store}/warranty-claims/{id}/accept', { params: { path: { store, id: claim.id }, header: ifMatch(claim) }, body: { paidAmount } })))
      .data,
  );
}

export function useRejectClaim(store: string) {
  return useClaimMutation(store, async ({ claim, reason }: { claim: WarrantyClaim; reason: string }) =>
    (await unwrap(api.POST('/api/stores/{store}/warranty-claims/{id}/reject', { params: { path: { store, id: claim.id }, header: ifMatch(claim) }, body: { reason } }))).data,
  );
}

export function useEditClaim(store: string) {
  return useClaimMutation(store, async ({ claim, opCode, causalPart, labourHours }: { claim: WarrantyClaim; opCode: string; causalPart: string; labourHours: number | null }) =>
    (
      await unwrap(
        api.PUT('/api/stores/{store}/warranty-claims/{id}', {
          params: { path: { store, id: claim.id }, header: ifMatch(claim) },
          body: { opCode: opCode || null, causalPart: causalPart || null, labourHours, photoLinks: claim.photoLinks, notes: claim.notes ?? null },
        }),
      )
    ).data,
  );
}
