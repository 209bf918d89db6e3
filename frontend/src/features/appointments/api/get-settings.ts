import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { StoreSettings } from '@/lib/api-types';
import { setupKey } from './keys';

export async function getSettings(store: string): Promise<StoreSettings> {
  return (await unwrap(api.GET('/api/stores/{store}/settings', { params: { path: { store } } }))).data;
}

/** Opening hours, slot length and the rule numbers (deposit share …) of the store. */
export function useSettings(store: string) {
  return useQuery({ queryKey: [...setupKey(store), 'settings'], queryFn: () => getSettings(store), staleTime: 5 * 60_000 });
}
