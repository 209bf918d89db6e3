import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ServiceType } from '@/lib/api-types';
import { setupKey } from './keys';

export async function listServiceTypes(store: string): Promise<ServiceType[]> {
  return (await unwrap(api.GET('/api/stores/{store}/service-types', { params: { path: { store } } }))).data;
}

/** Bookable kinds of work (active only), shortest first. */
export function useServiceTypes(store: string) {
  return useQuery({
    queryKey: [...setupKey(store), 'service-types'],
    queryFn: () => listServiceTypes(store),
    staleTime: 5 * 60_000,
    select: (all) => all.filter((s) => s.active),
  });
}
