import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { AwaitingDecisionPage } from '@/lib/api-types';
import { useFallbackInterval } from '@/lib/live-status';
import { storeKey } from '@/lib/query-keys';

export const awaitingDecisionKey = (store: string) => [...storeKey(store), 'supplementary-items', 'awaiting-decision'] as const;

/** The badge counts up to a full page; beyond it shows "99+". */
export const AWAITING_PAGE = 100;

export async function getAwaitingDecision(store: string): Promise<AwaitingDecisionPage> {
  return (await unwrap(api.GET('/api/stores/{store}/supplementary-items/awaiting-decision', { params: { path: { store }, query: { limit: AWAITING_PAGE } } }))).data;
}

/** R-REP-3: the store's supplementary items waiting for the customer's decision (live: refreshed by events, else polled). */
export function useAwaitingDecision(store: string, enabled = true) {
  return useQuery({ queryKey: awaitingDecisionKey(store), queryFn: () => getAwaitingDecision(store), enabled, refetchInterval: useFallbackInterval(30_000) });
}
