import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ApprovalSheetView } from '@/lib/api-types';
import { approvalKey } from './keys';

export async function getApprovalSheet(store: string, id: string): Promise<ApprovalSheetView> {
  return (await unwrap(api.GET('/api/stores/{store}/repair-orders/{id}/approval-sheet', { params: { path: { store, id } } }))).data;
}

/** R-REP-3: what the customer is shown to decide on, with the hash the decision names. */
export function useApprovalSheet(store: string, id: string, enabled = true) {
  return useQuery({ queryKey: [...approvalKey(store, id), 'sheet'], queryFn: () => getApprovalSheet(store, id), enabled });
}
