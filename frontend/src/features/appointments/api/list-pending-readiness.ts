import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { PendingReadiness } from '@/lib/api-types';
import { appointmentsKey } from './keys';

export async function listPendingReadiness(store: string): Promise<PendingReadiness[]> {
  return (await unwrap(api.GET('/api/stores/{store}/readiness-checklists', { params: { path: { store } } }))).data;
}

/** R-PRE-4: tomorrow's appointments whose checklist is still unchecked, by arrival. */
export function usePendingReadiness(store: string) {
  return useQuery({ queryKey: [...appointmentsKey(store), 'readiness-pending'], queryFn: () => listPendingReadiness(store) });
}
