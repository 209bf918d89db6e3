import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { CannedJob } from '@/lib/api-types';
import { storeKey } from '@/lib/query-keys';

export async function listCannedJobs(store: string): Promise<CannedJob[]> {
  return (await unwrap(api.GET('/api/stores/{store}/canned-jobs', { params: { path: { store }, query: { active: true } } }))).data as CannedJob[];
}

/** The store's catalogue of standard jobs (R-CHK: canned jobs add their lines in one tap). */
export function useCannedJobs(store: string) {
  return useQuery({ queryKey: [...storeKey(store), 'canned-jobs'], queryFn: () => listCannedJobs(store), staleTime: 5 * 60_000 });
}
