import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Settlement, SettlementDeliveryRequest, SettlementDiscountRequest, SettlementFapiaoRequest, SettlementPaymentRequest } from '@/lib/api-types';
import { newIdempotencyKey } from '@/lib/idempotency';
import { storeKey } from '@/lib/query-keys';

/** Settlement (issue 10): the bills live under the store's key; a change reloads the queue, the inbox and the bill. */
export const settlementKey = (store: string) => [...storeKey(store), 'settlement'] as const;
const billKey = (store: string, id: string) => [...settlementKey(store), 'bill', id] as const;

/** The cashier's queue, page by page (keyset: nextCursor), so no waiting order is ever cut off. */
export function useSettlementQueue(store: string) {
  return useInfiniteQuery({
    queryKey: [...settlementKey(store), 'queue'],
    queryFn: async ({ pageParam }) =>
      (await unwrap(api.GET('/api/stores/{store}/settlement/queue', { params: { path: { store }, query: { limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } } }))).data,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    select: (data) => data.pages.flatMap((page) => page.items),
  });
}

export function useSettlementInbox(store: string, enabled: boolean) {
  return useQuery({
    queryKey: [...settlementKey(store), 'inbox'],
    queryFn: async () => (await unwrap(api.GET('/api/stores/{store}/settlement/inbox', { params: { path: { store } } }))).data.items,
    enabled,
  });
}

export function useSettlement(store: string, id: string) {
  return useQuery({
    queryKey: billKey(store, id),
    queryFn: async () => (await unwrap(api.GET('/api/stores/{store}/settlements/{id}', { params: { path: { store, id } } }))).data,
  });
}

function useBillMutation<V>(store: string, send: (v: V) => Promise<Settlement>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (bill) => qc.setQueryData(billKey(store, bill.id), bill),
    onSettled: () => void qc.invalidateQueries({ queryKey: settlementKey(store) }),
  });
}

/** R-DEL-1: draw up the bill of a ready order. */
export function useDrawUp(store: string) {
  return useBillMutation(store, async (orderId: string) =>
    (await unwrap(api.POST('/api/stores/{store}/repair-orders/{id}/settlement', { params: { path: { store, id: orderId }, header: { 'Idempotency-Key': newIdempotencyKey() } } }))).data,
  );
}

const ifMatch = (bill: Settlement) => ({ 'If-Match': `"${bill.version}"` });

export function useDiscount(store: string) {
  return useBillMutation(store, async ({ bill, body }: { bill: Settlement; body: SettlementDiscountRequest }) =>
    (await unwrap(api.POST('/api/stores/{store}/settlements/{id}/discounts', { params: { path: { store, id: bill.id }, header: ifMatch(bill) }, body }))).data,
  );
}

export function useDecideDiscount(store: string) {
  return useBillMutation(store, async ({ bill, discountId, approve, reason }: { bill: Settlement; discountId: string; approve: boolean; reason: string }) =>
    (
      await unwrap(
        api.POST('/api/stores/{store}/settlements/{id}/discounts/{discountId}/decision', {
          params: { path: { store, id: bill.id, discountId }, header: ifMatch(bill) },
          body: { approve, reason },
        }),
      )
    ).data,
  );
}

export function useOverride(store: string) {
  return useBillMutation(store, async ({ bill, reason }: { bill: Settlement; reason: string }) =>
    (await unwrap(api.POST('/api/stores/{store}/settlements/{id}/override', { params: { path: { store, id: bill.id }, header: ifMatch(bill) }, body: { reason } }))).data,
  );
}

export function useVoid(store: string) {
  return useBillMutation(store, async ({ bill, reason }: { bill: Settlement; reason: string }) =>
    (await unwrap(api.POST('/api/stores/{store}/settlements/{id}/void', { params: { path: { store, id: bill.id }, header: ifMatch(bill) }, body: { reason } }))).data,
  );
}

export function useFinalise(store: string) {
  return useBillMutation(store, async (bill: Settlement) =>
    (await unwrap(api.POST('/api/stores/{store}/settlements/{id}/finalise', { params: { path: { store, id: bill.id }, header: ifMatch(bill) } }))).data,
  );
}

export function useReleaseNote(store: string) {
  return useBillMutation(store, async (bill: Settlement) =>
    (await unwrap(api.POST('/api/stores/{store}/settlements/{id}/release-note', { params: { path: { store, id: bill.id }, header: ifMatch(bill) } }))).data,
  );
}

export function useFapiao(store: string) {
  return useBillMutation(store, async ({ bill, body }: { bill: Settlement; body: SettlementFapiaoRequest }) =>
    (await unwrap(api.POST('/api/stores/{store}/settlements/{id}/fapiao', { params: { path: { store, id: bill.id }, header: ifMatch(bill) }, body }))).data,
  );
}

/** R-DEL-3: one tender; the key makes a retried tap safe (the form keeps it until the body changes). */
export function usePayment(store: string) {
  return useBillMutation(store, async ({ bill, body, key }: { bill: Settlement; body: SettlementPaymentRequest; key: string }) =>
    (await unwrap(api.POST('/api/stores/{store}/settlements/{id}/payments', { params: { path: { store, id: bill.id }, header: { 'Idempotency-Key': key } }, body }))).data,
  );
}

export function useDeliver(store: string) {
  return useBillMutation(store, async ({ bill, body }: { bill: Settlement; body: SettlementDeliveryRequest }) =>
    (await unwrap(api.POST('/api/stores/{store}/settlements/{id}/delivery', { params: { path: { store, id: bill.id }, header: ifMatch(bill) }, body }))).data,
  );
}
