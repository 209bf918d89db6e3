import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { AvailableSlot } from '@/lib/api-types';
import { appointmentsKey } from './keys';

export type AvailabilityQuery = { from: string; to: string; serviceTypes: string[]; advisorId?: string | null };

export async function getAvailability(store: string, q: AvailabilityQuery): Promise<AvailableSlot[]> {
  const query = { from: q.from, to: q.to, serviceTypes: q.serviceTypes.join(','), ...(q.advisorId ? { advisorId: q.advisorId } : {}) };
  return (await unwrap(api.GET('/api/stores/{store}/availability', { params: { path: { store }, query } }))).data;
}

export const availabilityKey = (store: string) => [...appointmentsKey(store), 'availability'] as const;

/**
 * Free start times for the chosen services (R-APT-3). Always fetched fresh: capacity
 * changes with every booking in the store.
 */
export function useAvailability(store: string, q: AvailabilityQuery, enabled = true) {
  return useQuery({
    queryKey: [...availabilityKey(store), q.from, q.to, [...q.serviceTypes].sort().join(','), q.advisorId ?? ''],
    queryFn: () => getAvailability(store, q),
    enabled: enabled && q.serviceTypes.length > 0,
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
}
