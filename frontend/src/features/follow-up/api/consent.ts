import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ContactConsent, OutreachChannel } from '@/lib/api-types';
import { followUpKey } from './keys';

export const consentKey = (store: string, customerId: string) => [...followUpKey(store), 'consent', customerId] as const;

export function useConsent(store: string, customerId: string) {
  return useQuery({
    queryKey: consentKey(store, customerId),
    queryFn: async (): Promise<ContactConsent> =>
      (await unwrap(api.GET('/api/stores/{store}/follow-up/customers/{customerId}/consent', { params: { path: { store, customerId } } }))).data,
  });
}

export type ConsentInput = { customerId: string; channel: OutreachChannel; allowed: boolean; reason?: string | null };

/** Opt the customer out of (or back into) one channel; an opted-out channel is never used. */
export function useSetConsent(store: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ customerId, channel, allowed, reason }: ConsentInput): Promise<ContactConsent> =>
      (
        await unwrap(
          api.PUT('/api/stores/{store}/follow-up/customers/{customerId}/consent/{channel}', {
            params: { path: { store, customerId, channel } },
            body: { allowed, reason: reason ?? null },
          }),
        )
      ).data,
    onSuccess: (consent) => qc.setQueryData(consentKey(store, consent.customerId), consent),
    onSettled: () => qc.invalidateQueries({ queryKey: followUpKey(store) }),
  });
}
