import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/types/api.gen';
import { storeKey } from '@/lib/query-keys';

export type HandoverReceiver = components['schemas']['HandoverReceiver'];

export async function listHandoverReceivers(store: string): Promise<HandoverReceiver[]> {
  return (await unwrap(api.GET('/api/stores/{store}/handover-receivers', { params: { path: { store } } }))).data as HandoverReceiver[];
}

/** R-CHK-10: the foreman's queue and the store's active technicians, who can receive a car. */
export function useHandoverReceivers(store: string) {
  return useQuery({ queryKey: [...storeKey(store), 'handover-receivers'], queryFn: () => listHandoverReceivers(store), staleTime: 60_000 });
}
