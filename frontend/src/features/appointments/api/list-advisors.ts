import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ServiceAdvisor } from '@/lib/api-types';
import { setupKey } from './keys';

export async function listAdvisors(store: string): Promise<ServiceAdvisor[]> {
  return (await unwrap(api.GET('/api/stores/{store}/advisors', { params: { path: { store } } }))).data;
}

/** Active advisors, in a stable order (by display name). */
export function useAdvisors(store: string) {
  return useQuery({
    queryKey: [...setupKey(store), 'advisors'],
    queryFn: () => listAdvisors(store),
    staleTime: 5 * 60_000,
    select: (all) => all.filter((a) => a.active).sort((a, b) => a.displayName.localeCompare(b.displayName, 'zh-CN')),
  });
}
