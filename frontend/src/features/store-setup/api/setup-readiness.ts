import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { SetupReadiness } from '@/lib/api-types';
import { setupKey } from './keys';

export async function getSetupReadiness(store: string): Promise<SetupReadiness> {
  return (await unwrap(api.GET('/api/stores/{store}/setup-readiness', { params: { path: { store } } }))).data;
}

/** What the store still lacks before it can take bookings, computed by the server from its data (issue 8). */
export function useSetupReadiness(store: string) {
  return useQuery({ queryKey: [...setupKey(store), 'readiness'], queryFn: () => getSetupReadiness(store) });
}
