import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { WebhookDelivery, WebhookDeliveryPage, WebhookSubscription, WebhookSubscriptionPage } from '@/lib/api-types';
import { storeKey } from '@/lib/query-keys';

export const webhooksKey = (store: string) => [...storeKey(store), 'webhook-subscriptions'] as const;
const listKey = (store: string) => [...webhooksKey(store), 'list'] as const;
const oneKey = (store: string, id: string) => [...webhooksKey(store), 'one', id] as const;
const deliveriesKey = (store: string, id: string) => [...webhooksKey(store), 'deliveries', id] as const;

/** Every integrator client's subscriptions of the store (the service manager's view), oldest first, page by page. */
export function useWebhookSubscriptions(store: string) {
  return useInfiniteQuery({
    queryKey: listKey(store),
    queryFn: async ({ pageParam }): Promise<WebhookSubscriptionPage> =>
      (await unwrap(api.GET('/api/stores/{store}/webhook-subscriptions', { params: { path: { store }, query: { limit: 50, cursor: pageParam } } }))).data,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: 60_000,
  });
}

export function useWebhookSubscription(store: string, id: string) {
  return useQuery({
    queryKey: oneKey(store, id),
    queryFn: async (): Promise<WebhookSubscription> =>
      (await unwrap(api.GET('/api/stores/{store}/webhook-subscriptions/{id}', { params: { path: { store, id } } }))).data,
  });
}

/** A subscription's delivery log: each event with its state and every attempt, oldest first. */
export function useWebhookDeliveries(store: string, id: string) {
  return useInfiniteQuery({
    queryKey: deliveriesKey(store, id),
    queryFn: async ({ pageParam }): Promise<WebhookDeliveryPage> =>
      (await unwrap(api.GET('/api/stores/{store}/webhook-subscriptions/{id}/deliveries', { params: { path: { store, id }, query: { limit: 50, cursor: pageParam } } }))).data,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: 30_000,
  });
}

export type SubscriptionAction = 'pause' | 'resume' | 'delete';

/** Pause, resume or delete (deactivate) a subscription; the answer replaces the row at once. */
export async function actOnSubscription(store: string, id: string, action: SubscriptionAction): Promise<WebhookSubscription> {
  const params = { path: { store, id } };
  switch (action) {
    case 'pause':
      return (await unwrap(api.POST('/api/stores/{store}/webhook-subscriptions/{id}/pause', { params }))).data;
    case 'resume':
      return (await unwrap(api.POST('/api/stores/{store}/webhook-subscriptions/{id}/resume', { params }))).data;
    case 'delete':
      await unwrap(api.DELETE('/api/stores/{store}/webhook-subscriptions/{id}', { params }));
      // 204: the subscription stays readable as DELETED.
      return (await unwrap(api.GET('/api/stores/{store}/webhook-subscriptions/{id}', { params }))).data;
  }
}

export function useSubscriptionAction(store: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: SubscriptionAction }) => actOnSubscription(store, id, action),
    onSuccess: (after) => {
      qc.setQueryData<InfiniteData<WebhookSubscriptionPage>>(listKey(store), (data) =>
        data ? { ...data, pages: data.pages.map((p) => ({ ...p, items: p.items.map((s) => (s.id === after.id ? after : s)) })) } : data,
      );
      qc.setQueryData(oneKey(store, after.id), after);
    },
    onSettled: () => qc.invalidateQueries({ queryKey: webhooksKey(store) }),
  });
}

/** Sends a delivery again (same webhook-id, fresh retry window). */
export function useReplayDelivery(store: string, id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (deliveryId: string): Promise<WebhookDelivery> =>
      (await unwrap(api.POST('/api/stores/{store}/webhook-subscriptions/{id}/deliveries/{deliveryId}/replay', { params: { path: { store, id, deliveryId } } }))).data,
    onSettled: () => qc.invalidateQueries({ queryKey: deliveriesKey(store, id) }),
  });
}
