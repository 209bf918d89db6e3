import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Ownership } from '@/lib/api-types';
import { storeKey } from '@/lib/query-keys';

export async function getOwnerships(store: string, id: string): Promise<Ownership[]> {
  return (await unwrap(api.GET('/api/stores/{store}/vehicles/{id}/ownerships', { params: { path: { store, id } } }))).data;
}

export function useOwnerships(store: string, id: string) {
  return useQuery({ queryKey: [...storeKey(store), 'vehicles', id, 'ownerships'], queryFn: () => getOwnerships(store, id) });
}
