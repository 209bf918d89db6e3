import { useQuery } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '@/lib/api-client';
import type { Readiness } from '@/lib/api-types';
import { appointmentsKey } from './keys';

export type ReadinessWithEtag = { readiness: Readiness; etag: string };

export async function getReadiness(store: string, id: string): Promise<ReadinessWithEtag> {
  const { data, response } = await unwrap(api.GET('/api/stores/{store}/appointments/{id}/readiness', { params: { path: { store, id } } }));
  // Version 0 means "not checked yet"; the ETag is the quoted version either way.
  return { readiness: data, etag: etagOf(response) ?? `"${data.version}"` };
}

export const readinessKey = (store: string, id: string) => [...appointmentsKey(store), 'readiness', id] as const;

/** R-PRE-4: technician, parts, special tools and technical documents for one appointment. */
export function useReadiness(store: string, id: string, enabled = true) {
  return useQuery({ queryKey: readinessKey(store, id), queryFn: () => getReadiness(store, id), enabled });
}
