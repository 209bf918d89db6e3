import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Store } from '@/lib/api-types';
import { storeKey } from '@/lib/query-keys';

export async function getStore(code: string): Promise<Store> {
  return (await unwrap(api.GET('/api/stores/{store}', { params: { path: { store: code } } }))).data;
}

/** The store's master data; screens need its time zone to show appointment times. */
export function useStore(code: string) {
  return useQuery({ queryKey: [...storeKey(code), 'store'], queryFn: () => getStore(code), staleTime: 10 * 60_000 });
}
