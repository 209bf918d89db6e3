import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type {
  Bay,
  BayRequest,
  CannedJob,
  CannedJobRequest,
  ServiceAdvisor,
  ServiceAdvisorRequest,
  ServiceType,
  ServiceTypeRequest,
  Technician,
  TechnicianRequest,
} from '@/lib/api-types';
import { newIdempotencyKey } from '@/lib/idempotency';
import { storeKey } from '@/lib/query-keys';
import { setupKey } from './keys';

const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });
type Save<B> = { id?: string; version?: number; body: B };

/**
 * One set-up list (advisors, bays, …): its query, and its save that creates without an id and
 * updates with If-Match otherwise. Every save refreshes the store's queries: the lists, the
 * checklist, and what booking and check-in read (rare writes, so a wide refresh is cheap).
 */
function setupList<T, B>(
  name: string,
  list: (store: string) => Promise<T[]>,
  create: (store: string, body: B) => Promise<T>,
  update: (store: string, id: string, header: { 'If-Match': string }, body: B) => Promise<T>,
) {
  return {
    useAll: (store: string) => useQuery({ queryKey: [...setupKey(store), name, 'all'], queryFn: () => list(store) }),
    useSave: (store: string) => {
      const client = useQueryClient();
      return useMutation({
        mutationFn: ({ id, version, body }: Save<B>) => (id ? update(store, id, ifMatch(version ?? 0), body) : create(store, body)),
        onSuccess: () => void client.invalidateQueries({ queryKey: storeKey(store) }),
      });
    },
  };
}

const advisors = setupList<ServiceAdvisor, ServiceAdvisorRequest>(
  'advisors',
  async (store) => (await unwrap(api.GET('/api/stores/{store}/advisors', { params: { path: { store } } }))).data,
  async (store, body) => (await unwrap(api.POST('/api/stores/{store}/advisors', { params: { path: { store } }, body }))).data,
  async (store, id, header, body) => (await unwrap(api.PUT('/api/stores/{store}/advisors/{id}', { params: { path: { store, id }, header }, body }))).data,
);
export const { useAll: useAllAdvisors, useSave: useSaveAdvisor } = advisors;

const bays = setupList<Bay, BayRequest>(
  'bays',
  async (store) => (await unwrap(api.GET('/api/stores/{store}/bays', { params: { path: { store } } }))).data,
  async (store, body) => (await unwrap(api.POST('/api/stores/{store}/bays', { params: { path: { store } }, body }))).data,
  async (store, id, header, body) => (await unwrap(api.PUT('/api/stores/{store}/bays/{id}', { params: { path: { store, id }, header }, body }))).data,
);
export const { useAll: useAllBays, useSave: useSaveBay } = bays;

const technicians = setupList<Technician, TechnicianRequest>(
  'technicians',
  async (store) => (await unwrap(api.GET('/api/stores/{store}/technicians', { params: { path: { store } } }))).data,
  async (store, body) => (await unwrap(api.POST('/api/stores/{store}/technicians', { params: { path: { store } }, body }))).data,
  async (store, id, header, body) => (await unwrap(api.PUT('/api/stores/{store}/technicians/{id}', { params: { path: { store, id }, header }, body }))).data,
);
export const { useAll: useAllTechnicians, useSave: useSaveTechnician } = technicians;

const serviceTypes = setupList<ServiceType, ServiceTypeRequest>(
  'service-types',
  async (store) => (await unwrap(api.GET('/api/stores/{store}/service-types', { params: { path: { store } } }))).data,
  async (store, body) => (await unwrap(api.POST('/api/stores/{store}/service-types', { params: { path: { store } }, body }))).data,
  async (store, id, header, body) => (await unwrap(api.PUT('/api/stores/{store}/service-types/{id}', { params: { path: { store, id }, header }, body }))).data,
);
export const { useAll: useAllServiceTypes, useSave: useSaveServiceType } = serviceTypes;

const cannedJobs = setupList<CannedJob, CannedJobRequest>(
  'canned-jobs',
  async (store) => (await unwrap(api.GET('/api/stores/{store}/canned-jobs', { params: { path: { store } } }))).data,
  async (store, body) =>
    (await unwrap(api.POST('/api/stores/{store}/canned-jobs', { params: { path: { store }, header: { 'Idempotency-Key': newIdempotencyKey() } }, body }))).data,
  async (store, id, header, body) => (await unwrap(api.PUT('/api/stores/{store}/canned-jobs/{id}', { params: { path: { store, id }, header }, body }))).data,
);
export const { useAll: useAllCannedJobs, useSave: useSaveCannedJob } = cannedJobs;
