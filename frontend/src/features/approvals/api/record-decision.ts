import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ApprovalDecisionResult, InPersonDecision, PhoneDecision } from '@/lib/api-types';
import { isApiError } from '@/lib/problem';
import { approvalKey, orderKey } from './keys';

export type Decision = { channel: 'IN_PERSON'; body: InPersonDecision } | { channel: 'PHONE'; body: PhoneDecision };

export async function recordDecision(store: string, id: string, d: Decision): Promise<ApprovalDecisionResult> {
  const params = { params: { path: { store, id } } };
  return d.channel === 'IN_PERSON'
    ? (await unwrap(api.POST('/api/stores/{store}/repair-orders/{id}/approval-decisions/in-person', { ...params, body: d.body }))).data
    : (await unwrap(api.POST('/api/stores/{store}/repair-orders/{id}/approval-decisions/phone', { ...params, body: d.body }))).data;
}

/** R-REP-3 (a)/(b): records the decision; the order (lines, promised time) and the ledger reload. A changed sheet (409) reloads the sheet. */
export function useRecordDecision(store: string, id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (d: Decision) => recordDecision(store, id, d),
    onSettled: (_data, error) => {
      if (!error || (isApiError(error) && error.status === 409)) {
        void qc.invalidateQueries({ queryKey: approvalKey(store, id) });
        void qc.invalidateQueries({ queryKey: orderKey(store, id), exact: true });
      }
    },
  });
}
