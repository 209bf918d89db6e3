import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { WelcomeBoard } from '@/lib/api-types';
import { storeKey } from '@/lib/query-keys';

export const BOARD_REFRESH_MS = 60_000;

export async function getWelcomeBoard(store: string): Promise<WelcomeBoard> {
  return (await unwrap(api.GET('/api/stores/{store}/welcome-board', { params: { path: { store } } }))).data;
}

/** R-APT-8: today's and tomorrow's appointments, refreshed every minute (also in a background tab: it runs on a TV). */
export function useWelcomeBoard(store: string) {
  return useQuery({
    queryKey: [...storeKey(store), 'welcome-board'],
    queryFn: () => getWelcomeBoard(store),
    refetchInterval: BOARD_REFRESH_MS,
    refetchIntervalInBackground: true,
    staleTime: 0,
  });
}
