import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { env } from '@/lib/env';
import type { ApprovalDecisionResult, LinkDecision, PublicApproval } from '@/lib/api-types';

/** R-REP-3 (c): the customer's page behind the link (no login; the token is the only credential). */
export async function openApprovalLink(store: string, token: string): Promise<PublicApproval> {
  return (await unwrap(api.GET('/api/public/stores/{store}/approval-links/{token}', { params: { path: { store, token } } }))).data;
}

export function useApprovalLink(store: string, token: string) {
  // A problem (used, expired, invalid) is the answer: never retried.
  return useQuery({ queryKey: ['approval-link', store, token], queryFn: () => openApprovalLink(store, token), retry: false, refetchOnWindowFocus: false });
}

export async function decideApprovalLink(store: string, token: string, body: LinkDecision): Promise<ApprovalDecisionResult> {
  return (await unwrap(api.POST('/api/public/stores/{store}/approval-links/{token}/decision', { params: { path: { store, token } }, body }))).data;
}

export function useDecideApprovalLink(store: string, token: string) {
  return useMutation({ mutationFn: (body: LinkDecision) => decideApprovalLink(store, token, body) });
}

/** A photo of the link as an address for <img> (the token in the path is the credential). */
export function approvalLinkPhotoUrl(store: string, token: string, photoId: string, thumbnail: boolean): string {
  const base = env().apiBaseUrl || window.location.origin;
  const path = `/api/public/stores/${encodeURIComponent(store)}/approval-links/${encodeURIComponent(token)}/photos/${encodeURIComponent(photoId)}`;
  return `${base}${path}${thumbnail ? '/thumbnail' : ''}`;
}
