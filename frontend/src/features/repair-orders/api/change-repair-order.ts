import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ConsentChannel, OldPartsChoice, PayType, RepairOrder, RepairOrderFindingInput, RepairOrderLineInput } from '@/lib/api-types';
import { isApiError } from '@/lib/problem';
import { storeKey } from '@/lib/query-keys';
import { etagOfOrder, repairOrderKey } from './get-repair-order';

/**
 * Every change to a repair order names the version it was based on (If-Match) and answers
 * with the whole order, which replaces the cached one: each wizard step is saved on the
 * server as soon as it is done (a dropped connection loses at most the current step).
 */
type Target = { store: string; order: RepairOrder };
const path = ({ store, order }: Target) => ({ store, id: order.id });
const header = ({ order }: Target) => ({ 'If-Match': etagOfOrder(order) });
const params = (t: Target) => ({ path: path(t), header: header(t) });

export type RepairOrderChange =
  | { type: 'add-line'; line: RepairOrderLineInput }
  | { type: 'remove-line'; lineId: string }
  | { type: 'decline-line'; lineId: string; safetyCritical: boolean }
  | { type: 'accept-line'; lineId: string }
  | { type: 'add-canned-job'; cannedJobId: string; payType: PayType }
  | { type: 'diagnosis-consent'; givenBy: string; channel: ConsentChannel }
  | { type: 'promised-delivery'; promisedAt: string | null }
  | { type: 'submit-for-signature' }
  | { type: 'sign'; signerName: string; signaturePng: string; device: string; oldPartsChoice?: OldPartsChoice | null }
  | { type: 'hand-over'; receiver: string; assignDirectly: boolean }
  | { type: 'decline'; reason: string }
  | { type: 'cancel'; reason: string }
  | { type: 'release' }
  | { type: 'record-finding'; finding: RepairOrderFindingInput }
  | { type: 'fix-finding'; findingId: string; line: RepairOrderLineInput };

export async function changeRepairOrder(t: Target, change: RepairOrderChange): Promise<RepairOrder> {
  switch (change.type) {
    case 'add-line':
      return (await unwrap(api.POST('/api/stores/{store}/repair-orders/{id}/lines', { params: params(t), body: change.line }))).data;
    case 'remove-line':
      return (
        await unwrap(
          api.DELETE('/api/stores/{store}/repair-orders/{id}/lines/{lineId}', { params: { path: { ...path(t), lineId: change.lineId }, header: header(t) } }),
        )
      ).data;
    case 'decline-line':
      return (
        await unwrap(
          api.POST('/api/stores/{store}/repair-orders/{id}/lines/{lineId}/decline', {
            params: { path: { ...path(t), lineId: change.lineId }, header: header(t) },
            body: { safetyCritical: change.safetyCritical },
          }),
        )
      ).data;
    case 'accept-line':
      return (
        await unwrap(
          api.POST('/api/stores/{store}/repair-orders/{id}/lines/{lineId}/accept', { params: { path: { ...path(t), lineId: change.lineId }, header: header(t) } }),
        )
      ).data;
    case 'add-canned-job':
      return (
        await unwrap(
          api.POST('/api/stores/{store}/repair-orders/{id}/canned-jobs', { params: params(t), body: { cannedJobId: change.cannedJobId, payType: change.payType } }),
        )
      ).data;
    case 'diagnosis-consent':
      return (
        await unwrap(
          api.POST('/api/stores/{store}/repair-orders/{id}/diagnosis-consent', { params: params(t), body: { givenBy: change.givenBy, channel: change.channel } }),
        )
      ).data;
    case 'promised-delivery':
      return (
        await unwrap(api.POST('/api/stores/{store}/repair-orders/{id}/promised-delivery', { params: params(t), body: change.promisedAt ? { promisedAt: change.promisedAt } : {} }))
      ).data;
    case 'submit-for-signature':
      return (await unwrap(api.POST('/api/stores/{store}/repair-orders/{id}/submit-for-signature', { params: params(t) }))).data;
    case 'sign':
      return (await unwrap(api.POST('/api/stores/{store}/repair-orders/{id}/sign', { params: params(t), body: { signerName: change.signerName, signaturePng: change.signaturePng, device: change.device, ...(change.oldPartsChoice ? { oldPartsChoice: change.oldPartsChoice } : {}) } }))).data;
    case 'hand-over':
      return (
        await unwrap(
          api.POST('/api/stores/{store}/repair-orders/{id}/hand-over', { params: params(t), body: { receiver: change.receiver, assignDirectly: change.assignDirectly } }),
        )
      ).data;
    case 'decline':
      return (await unwrap(api.POST('/api/stores/{store}/repair-orders/{id}/decline', { params: params(t), body: { reason: change.reason } }))).data;
    case 'cancel':
      return (await unwrap(api.POST('/api/stores/{store}/repair-orders/{id}/cancel', { params: params(t), body: { reason: change.reason } }))).data;
    case 'release':
      return (await unwrap(api.POST('/api/stores/{store}/repair-orders/{id}/release', { params: params(t) }))).data;
    case 'record-finding':
      return (await unwrap(api.POST('/api/stores/{store}/repair-orders/{id}/findings', { params: params(t), body: change.finding }))).data;
    case 'fix-finding':
      return (
        await unwrap(
          api.POST('/api/stores/{store}/repair-orders/{id}/carried-findings/{findingId}/fix', {
            params: { path: { ...path(t), findingId: change.findingId }, header: header(t) },
            body: change.line,
          }),
        )
      ).data;
  }
}

/** Applies one change to the order as loaded; the answer becomes the cached order. */
export function useChangeRepairOrder(store: string, order: RepairOrder) {
  const qc = useQueryClient();
  return useMutation({
    // The latest cached version: a change right after another (consent, then the diagnosis
    // line) must name the version the previous one produced.
    mutationFn: (change: RepairOrderChange) => changeRepairOrder({ store, order: qc.getQueryData<RepairOrder>(repairOrderKey(store, order.id)) ?? order }, change),
    onError: (e) => {
      // 412: someone else changed the order meanwhile; reload it so the next try is based on it.
      if (isApiError(e) && e.status === 412) void qc.invalidateQueries({ queryKey: repairOrderKey(store, order.id) });
    },
    onSuccess: (next) => {
      qc.setQueryData(repairOrderKey(store, next.id), next);
      void qc.invalidateQueries({ queryKey: [...storeKey(store), 'repair-orders', 'list'] });
    },
  });
}
