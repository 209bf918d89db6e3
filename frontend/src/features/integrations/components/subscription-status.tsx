import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WebhookSubscription } from '@/lib/api-types';

export type SubscriptionState = 'ACTIVE' | 'PAUSED' | 'FAILING' | 'DELETED';

/** PAUSED splits in two: paused by someone, or by the dispatcher after the retry window ran out (pausedForFailing). */
export function subscriptionState(s: Pick<WebhookSubscription, 'status' | 'pausedForFailing'>): SubscriptionState {
  if (s.status === 'PAUSED' && s.pausedForFailing) return 'FAILING';
  return s.status;
}

const COLOR: Record<SubscriptionState, string> = { ACTIVE: 'green', PAUSED: 'orange', FAILING: 'red', DELETED: 'gray' };

export function SubscriptionStatusBadge({ subscription }: { subscription: Pick<WebhookSubscription, 'status' | 'pausedForFailing'> }) {
  const { t } = useTranslation();
  const state = subscriptionState(subscription);
  return (
    <Badge color={COLOR[state]} variant={state === 'ACTIVE' ? 'light' : 'filled'} size="lg" data-testid="webhook-status" data-state={state}>
      {t(`integrations.status.${state}`)}
    </Badge>
  );
}
