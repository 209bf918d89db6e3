import { useQuery } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '@/lib/api-client';
import type { Vehicle } from '@/lib/api-types';
import { storeKey } from '@/lib/query-keys';

export type VehicleWithEtag = { vehicle: Vehicle; etag: string | null };

export async function getVehicle(store: string, id: string): Promise<VehicleWithEtag> {
  const { data, response } = await unwrap(api.GET('/api/stores/{store}/vehicles/{id}', { params: { path: { store, id } } }));
  return { vehicle: data, etag: etagOf(response) };
}

export const vehicleQueryKey = (store: string, id: string) => [...storeKey(store), 'vehicles', id] as const;

export function useVehicle(store: string, id: string, enabled = id !== '') {
  return useQuery({ queryKey: vehicleQueryKey(store, id), queryFn: () => getVehicle(store, id), enabled });
}
