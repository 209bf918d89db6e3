import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { DeclinedWorkReport } from '@/lib/api-types';
import { followUpKey } from './keys';

/** Issue 11: work declined this month (store days) and how much of it a later order sold again. */
export function useDeclinedWorkReport(store: string) {
  return useQuery({
    queryKey: [...followUpKey(store), 'declined-work'] as const,
    queryFn: async (): Promise<DeclinedWorkReport> =>
      (await unwrap(api.GET('/api/stores/{store}/declined-work/report', { params: { path: { store } } }))).data,
  });
}
