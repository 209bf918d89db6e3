import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { CreditAccount, CreditAccountRequest, CreditAccountUpdate, Receivable, ReceivablePaymentRequest } from '@/lib/api-types';
import { newIdempotencyKey } from '@/lib/idempotency';
import { storeKey } from '@/lib/query-keys';

/** Credit accounts and receivables (issue 10, R-DEL-3): everything under one store key, so a payment refreshes the ageing, the lists and the statement. */
export const receivablesKey = (store: string) => [...storeKey(store), 'receivables'] as const;

export function useCreditAccounts(store: string) {
  return useQuery({
    queryKey: [...receivablesKey(store), 'accounts'],
    queryFn: async () => (await unwrap(api.GET('/api/stores/{store}/credit-accounts', { params: { path: { store } } }))).data.items,
  });
}

export function useAgeing(store: string) {
  return useQuery({
    queryKey: [...receivablesKey(store), 'ageing'],
    queryFn: async () => (await unwrap(api.GET('/api/stores/{store}/receivables/ageing', { params: { path: { store } } }))).data,
  });
}

/** The open receivables, the oldest first, page by page (keyset: nextCursor), so none is ever cut off. */
export function useReceivables(store: string, accountId?: string) {
  return useInfiniteQuery({
    queryKey: [...receivablesKey(store), 'list', accountId ?? 'all'],
    queryFn: async ({ pageParam }) =>
      (
        await unwrap(
          api.GET('/api/stores/{store}/receivables', {
            params: { path: { store }, query: { ...(accountId ? { accountId } : {}), limit: RECEIVABLES_PAGE, ...(pageParam ? { cursor: pageParam } : {}) } },
          }),
        )
      ).data,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    select: (data) => data.pages.flatMap((page) => page.items),
  });
}

export const RECEIVABLES_PAGE = 50;

export function useStatement(store: string, accountId: string, from: string, to: string) {
  return useQuery({
    queryKey: [...receivablesKey(store), 'statement', accountId, from, to],
    queryFn: async () =>
      (await unwrap(api.GET('/api/stores/{store}/credit-accounts/{id}/statement', { params: { path: { store, id: accountId }, query: { from, to } } }))).data,
    enabled: accountId !== '' && from !== '' && to !== '' && from <= to,
  });
}

function useReceivablesMutation<V, R>(store: string, send: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: send, onSettled: () => void qc.invalidateQueries({ queryKey: receivablesKey(store) }) });
}

export function useOpenAccount(store: string) {
  return useReceivablesMutation(store, async (body: CreditAccountRequest) =>
    (await unwrap(api.POST('/api/stores/{store}/credit-accounts', { params: { path: { store }, header: { 'Idempotency-Key': newIdempotencyKey() } }, body }))).data,
  );
}

export function useUpdateAccount(store: string) {
  return useReceivablesMutation(store, async ({ account, body }: { account: CreditAccount; body: CreditAccountUpdate }) =>
    (
      await unwrap(
        api.PUT('/api/stores/{store}/credit-accounts/{id}', { params: { path: { store, id: account.id }, header: { 'If-Match': `"${account.version}"` } }, body }),
      )
    ).data,
  );
}

export function usePayReceivable(store: string) {
  return useReceivablesMutation(store, async ({ receivable, body }: { receivable: Receivable; body: ReceivablePaymentRequest }) =>
    (
      await unwrap(
        api.POST('/api/stores/{store}/receivables/{id}/payments', {
          params: { path: { store, id: receivable.id }, header: { 'Idempotency-Key': newIdempotencyKey() } },
          body,
        }),
      )
    ).data,
  );
}

export function useCorrectReceivable(store: string) {
  return useReceivablesMutation(store, async ({ receivable, amount, reason }: { receivable: Receivable; amount: number; reason: string }) =>
    (
      await unwrap(
        api.POST('/api/stores/{store}/receivables/{id}/corrections', {
          params: { path: { store, id: receivable.id }, header: { 'If-Match': `"${receivable.version}"` } },
          body: { amount, reason },
        }),
      )
    ).data,
  );
}
