import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ApprovalLink } from '@/lib/api-types';
import { approvalKey } from './keys';

export async function listApprovalLinks(store: string, id: string): Promise<ApprovalLink[]> {
  return (await unwrap(api.GET('/api/stores/{store}/repair-orders/{id}/approval-links', { params: { path: { store, id } } }))).data.items;
}

/** R-REP-3 (c): links sent, with whether each message really went out (refreshed while one is still queued). */
export function useApprovalLinks(store: string, id: string) {
  return useQuery({
    queryKey: [...approvalKey(store, id), 'links'],
    queryFn: () => listApprovalLinks(store, id),
    refetchInterval: (q) => (q.state.data?.some((l) => l.status === 'ACTIVE' && l.messages.some((m) => m.status === 'PENDING' || m.status === 'HELD')) ? 5000 : false),
  });
}

export async function sendApprovalLink(store: string, id: string, language: 'zh-CN' | 'en'): Promise<ApprovalLink> {
  return (await unwrap(api.POST('/api/stores/{store}/repair-orders/{id}/approval-links', { params: { path: { store, id } }, body: { language } }))).data;
}

export function useSendApprovalLink(store: string, id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (language: 'zh-CN' | 'en') => sendApprovalLink(store, id, language),
    onSuccess: () => void qc.invalidateQueries({ queryKey: [...approvalKey(store, id), 'links'] }),
  });
}
