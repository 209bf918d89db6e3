import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ServiceHistoryPage } from '@/lib/api-types';
import { storeKey } from '@/lib/query-keys';

export async function getServiceHistory(store: string, id: string): Promise<ServiceHistoryPage> {
  return (await unwrap(api.GET('/api/stores/{store}/vehicles/{id}/service-history', { params: { path: { store, id } } }))).data;
}

/** The vehicle's service card (R-ARC-4); empty until repair orders exist. */
export function useServiceHistory(store: string, id: string) {
  return useQuery({ queryKey: [...storeKey(store), 'vehicles', id, 'service-history'], queryFn: () => getServiceHistory(store, id) });
}
