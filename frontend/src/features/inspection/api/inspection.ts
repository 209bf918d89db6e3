import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { DamageMarkInput, Inspection, InspectionInput, InspectionPhoto } from '@/lib/api-types';
import { isApiError } from '@/lib/problem';
import { storeKey } from '@/lib/query-keys';

export const inspectionKey = (store: string, repairOrderId: string) => [...storeKey(store), 'repair-orders', repairOrderId, 'inspection'] as const;
export const photosKey = (store: string, repairOrderId: string) => [...inspectionKey(store, repairOrderId), 'photos'] as const;

/** The inspection's ETag is its version, as for every record. */
const ifMatch = (i: Pick<Inspection, 'version'>) => `"${i.version}"`;

/** The current inspection version, or null while none was started (404). */
export async function getInspection(store: string, id: string): Promise<Inspection | null> {
  try {
    return (await unwrap(api.GET('/api/stores/{store}/repair-orders/{id}/inspection', { params: { path: { store, id } } }))).data;
  } catch (e) {
    if (isApiError(e) && e.status === 404) return null;
    throw e;
  }
}

export function useInspection(store: string, repairOrderId: string) {
  return useQuery({ queryKey: inspectionKey(store, repairOrderId), queryFn: () => getInspection(store, repairOrderId) });
}

export async function listInspectionPhotos(store: string, id: string): Promise<InspectionPhoto[]> {
  return (await unwrap(api.GET('/api/stores/{store}/repair-orders/{id}/inspection/photos', { params: { path: { store, id } } }))).data.items;
}

export function useInspectionPhotos(store: string, repairOrderId: string, enabled: boolean) {
  return useQuery({ queryKey: photosKey(store, repairOrderId), queryFn: () => listInspectionPhotos(store, repairOrderId), enabled });
}

/** A photo's bytes (the thumbnail where there is one), fetched with the bearer token, as an object URL. */
export async function getPhotoBlob(store: string, id: string, photoId: string, thumbnail: boolean): Promise<Blob> {
  const params = { params: { path: { store, id, photoId } }, parseAs: 'blob' as const };
  const call = thumbnail
    ? api.GET('/api/stores/{store}/repair-orders/{id}/inspection/photos/{photoId}/thumbnail', params)
    : api.GET('/api/stores/{store}/repair-orders/{id}/inspection/photos/{photoId}', params);
  return (await unwrap(call)).data as unknown as Blob;
}

export type InspectionChange =
  | { type: 'start'; body: InspectionInput; idempotencyKey: string }
  | { type: 'update'; body: InspectionInput }
  | { type: 'add-mark'; mark: DamageMarkInput }
  | { type: 'sign'; signerName: string; signaturePng: string };

export async function changeInspection(store: string, id: string, current: Inspection | null, change: InspectionChange): Promise<Inspection> {
  const need = (): Inspection => {
    if (!current) throw new Error('no inspection started');
    return current;
  };
  switch (change.type) {
    case 'start':
      return (
        await unwrap(
          api.POST('/api/stores/{store}/repair-orders/{id}/inspection', { params: { path: { store, id }, header: { 'Idempotency-Key': change.idempotencyKey } }, body: change.body }),
        )
      ).data;
    case 'update':
      return (await unwrap(api.PUT('/api/stores/{store}/repair-orders/{id}/inspection', { params: { path: { store, id }, header: { 'If-Match': ifMatch(need()) } }, body: change.body }))).data;
    case 'add-mark':
      return (
        await unwrap(api.POST('/api/stores/{store}/repair-orders/{id}/inspection/damage-marks', { params: { path: { store, id }, header: { 'If-Match': ifMatch(need()) } }, body: change.mark }))
      ).data;
    case 'sign':
      return (
        await unwrap(
          api.POST('/api/stores/{store}/repair-orders/{id}/inspection/sign', {
            params: { path: { store, id }, header: { 'If-Match': ifMatch(need()) } },
            body: { signerName: change.signerName, signaturePng: change.signaturePng },
          }),
        )
      ).data;
  }
}

/** Applies a change to the latest cached inspection; the answer replaces it (saved at once). */
export function useChangeInspection(store: string, repairOrderId: string) {
  const qc = useQueryClient();
  const key = inspectionKey(store, repairOrderId);
  return useMutation({
    mutationFn: (change: InspectionChange) => changeInspection(store, repairOrderId, qc.getQueryData<Inspection | null>(key) ?? null, change),
    onSuccess: (next) => qc.setQueryData(key, next),
    onError: (e) => {
      if (isApiError(e) && e.status === 412) void qc.invalidateQueries({ queryKey: key });
    },
  });
}

/** A photo taken with the tablet camera (the file input), optionally for one damage mark. */
export async function uploadPhoto(store: string, id: string, file: File, damageMarkId?: string): Promise<InspectionPhoto> {
  const form = new FormData();
  form.append('file', file);
  if (damageMarkId) form.append('damageMarkId', damageMarkId);
  return (
    await unwrap(
      api.POST('/api/stores/{store}/repair-orders/{id}/inspection/photos', {
        params: { path: { store, id } },
        body: { file: '' },
        bodySerializer: () => form,
      }),
    )
  ).data;
}

export function useUploadPhoto(store: string, repairOrderId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ file, damageMarkId }: { file: File; damageMarkId?: string }) => uploadPhoto(store, repairOrderId, file, damageMarkId),
    onSuccess: () => void qc.invalidateQueries({ queryKey: photosKey(store, repairOrderId) }),
  });
}

export const versionsKey = (store: string, repairOrderId: string) => [...inspectionKey(store, repairOrderId), 'versions'] as const;

/** Every version of the inspection, oldest first (corrected signed versions stay as history). */
export async function listInspectionVersions(store: string, id: string): Promise<Inspection[]> {
  return (await unwrap(api.GET('/api/stores/{store}/repair-orders/{id}/inspection/versions', { params: { path: { store, id } } }))).data.items;
}

export function useInspectionVersions(store: string, repairOrderId: string, enabled = true) {
  return useQuery({ queryKey: versionsKey(store, repairOrderId), queryFn: () => listInspectionVersions(store, repairOrderId), enabled });
}

/** Corrects a signed inspection: the server creates version n+1 (unsigned, editable), keeping the signed one. */
export async function correctInspection(store: string, id: string, current: Inspection): Promise<Inspection> {
  return (await unwrap(api.POST('/api/stores/{store}/repair-orders/{id}/inspection/corrections', { params: { path: { store, id }, header: { 'If-Match': ifMatch(current) } } }))).data;
}

export function useCorrectInspection(store: string, repairOrderId: string) {
  const qc = useQueryClient();
  const key = inspectionKey(store, repairOrderId);
  return useMutation({
    mutationFn: (current: Inspection) => correctInspection(store, repairOrderId, current),
    onSuccess: (next) => {
      qc.setQueryData(key, next);
      void qc.invalidateQueries({ queryKey: versionsKey(store, repairOrderId) });
    },
    onError: (e) => {
      if (isApiError(e) && e.status === 412) void qc.invalidateQueries({ queryKey: key });
    },
  });
}

/** The customer's signature (PNG) of the signed inspection, or null while none is signed (404). */
export async function getSignaturePng(store: string, id: string): Promise<Blob | null> {
  try {
    const call = api.GET('/api/stores/{store}/repair-orders/{id}/inspection/signature', {
      params: { path: { store, id } },
      headers: { Accept: 'image/png, application/problem+json' },
      parseAs: 'blob',
    });
    return (await unwrap(call)).data as unknown as Blob;
  } catch (e) {
    if (isApiError(e) && e.status === 404) return null;
    throw e;
  }
}

export function useSignaturePng(store: string, repairOrderId: string, enabled: boolean) {
  return useQuery({ queryKey: [...inspectionKey(store, repairOrderId), 'signature-png'], queryFn: () => getSignaturePng(store, repairOrderId), enabled, staleTime: Infinity });
}
