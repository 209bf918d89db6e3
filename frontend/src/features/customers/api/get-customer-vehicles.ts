import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Vehicle } from '@/lib/api-types';
import { storeKey } from '@/lib/query-keys';

export async function getCustomerVehicles(store: string, id: string): Promise<Vehicle[]> {
  return (await unwrap(api.GET('/api/stores/{store}/customers/{id}/vehicles', { params: { path: { store, id } } }))).data;
}

/** The vehicles a customer owns today (R-ARC-2). */
export function useCustomerVehicles(store: string, id: string) {
  return useQuery({ queryKey: [...storeKey(store), 'customers', id, 'vehicles'], queryFn: () => getCustomerVehicles(store, id) });
}
