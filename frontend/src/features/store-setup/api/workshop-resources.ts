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

/** Every set-up save refreshes the store's queries: the lists, the checklist, and what booking and check-in read (rare writes, so a wide refresh is cheap). */
function useSave<B, R>(store: string, fn: (s: Save<B>) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => void client.invalidateQueries({ queryKey: storeKey(store) }) });
}

export function useAllAdvisors(store: string) {
  return useQuery({
    queryKey: [...setupKey(store), 'advisors', 'all'],
    queryFn: async (): Promise<ServiceAdvisor[]> => (await unwrap(api.GET('/api/stores/{store}/advisors', { params: { path: { store } } }))).data,
  });
}

export function useSaveAdvisor(store: string) {
  return useSave(store, async ({ id, version, body }: Save<ServiceAdvisorRequest>) =>
    id
      ? (await unwrap(api.PUT('/api/stores/{store}/advisors/{id}', { params: { path: { store, id }, header: ifMatch(version ?? 0) }, body }))).data
      : (await unwrap(api.POST('/api/stores/{store}/advisors', { params: { path: { store } }, body }))).data,
  );
}

export function useAllBays(store: string) {
  return useQuery({
    queryKey: [...setupKey(store), 'bays', 'all'],
    queryFn: async (): Promise<Bay[]> => (await unwrap(api.GET('/api/stores/{store}/bays', { params: { path: { store } } }))).data,
  });
}

export function useSaveBay(store: string) {
  return useSave(store, async ({ id, version, body }: Save<BayRequest>) =>
    id
      ? (await unwrap(api.PUT('/api/stores/{store}/bays/{id}', { params: { path: { store, id }, header: ifMatch(version ?? 0) }, body }))).data
      : (await unwrap(api.POST('/api/stores/{store}/bays', { params: { path: { store } }, body }))).data,
  );
}

export function useAllTechnicians(store: string) {
  return useQuery({
    queryKey: [...setupKey(store), 'technicians', 'all'],
    queryFn: async (): Promise<Technician[]> => (await unwrap(api.GET('/api/stores/{store}/technicians', { params: { path: { store } } }))).data,
  });
}

export function useSaveTechnician(store: string) {
  return useSave(store, async ({ id, version, body }: Save<TechnicianRequest>) =>
    id
      ? (await unwrap(api.PUT('/api/stores/{store}/technicians/{id}', { params: { path: { store, id }, header: ifMatch(version ?? 0) }, body }))).data
      : (await unwrap(api.POST('/api/stores/{store}/technicians', { params: { path: { store } }, body }))).data,
  );
}

export function useAllServiceTypes(store: string) {
  return useQuery({
    queryKey: [...setupKey(store), 'service-types', 'all'],
    queryFn: async (): Promise<ServiceType[]> => (await unwrap(api.GET('/api/stores/{store}/service-types', { params: { path: { store } } }))).data,
  });
}

export function useSaveServiceType(store: string) {
  return useSave(store, async ({ id, version, body }: Save<ServiceTypeRequest>) =>
    id
      ? (await unwrap(api.PUT('/api/stores/{store}/service-types/{id}', { params: { path: { store, id }, header: ifMatch(version ?? 0) }, body }))).data
      : (await unwrap(api.POST('/api/stores/{store}/service-types', { params: { path: { store } }, body }))).data,
  );
}

export function useAllCannedJobs(store: string) {
  return useQuery({
    queryKey: [...setupKey(store), 'canned-jobs', 'all'],
    queryFn: async (): Promise<CannedJob[]> => (await unwrap(api.GET('/api/stores/{store}/canned-jobs', { params: { path: { store } } }))).data,
  });
}

export function useSaveCannedJob(store: string) {
  return useSave(store, async ({ id, version, body }: Save<CannedJobRequest>) =>
    id
      ? (await unwrap(api.PUT('/api/stores/{store}/canned-jobs/{id}', { params: { path: { store, id }, header: ifMatch(version ?? 0) }, body }))).data
      : (await unwrap(api.POST('/api/stores/{store}/canned-jobs', { params: { path: { store }, header: { 'Idempotency-Key': newIdempotencyKey() } }, body }))).data,
  );
}
