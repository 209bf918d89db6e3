import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/page-states';
import { RequirePermission } from '@/components/require-permission';
import { useWebhookSubscription } from '@/features/integrations/api/webhooks';
import { DeliveryLog } from '@/features/integrations/components/delivery-log';
import { SubscriptionList } from '@/features/integrations/components/subscription-list';
import { SubscriptionStatusBadge } from '@/features/integrations/components/subscription-status';
import { useCurrentStore } from '@/lib/current-store';
import { useStoreZone } from '@/lib/store-zone';

/** 对接: the integrator clients' webhook subscriptions of the store (issue 12), for the service manager. */
export function IntegrationsRoute() {
  return (
    <RequirePermission permission="integrations.manage">
      <Integrations />
    </RequirePermission>
  );
}

function Integrations() {
  const { t } = useTranslation();
  const { store } = useCurrentStore();
  const zone = useStoreZone();
  return (
    <Stack gap="md">
      <PageHeader title={t('integrations.title')} />
      <Text c="dark.6" fz="lg">
        {t('integrations.intro')}
      </Text>
      <SubscriptionList store={store.code} zone={zone} />
    </Stack>
  );
}

/** One subscription's delivery log with replay. */
export function SubscriptionDeliveriesRoute() {
  return (
    <RequirePermission permission="integrations.manage">
      <SubscriptionDeliveries />
    </RequirePermission>
  );
}

function SubscriptionDeliveries() {
  const { t } = useTranslation();
  const { subscriptionId = '' } = useParams();
  const { store } = useCurrentStore();
  const zone = useStoreZone();
  const sub = useWebhookSubscription(store.code, subscriptionId);
  if (sub.isPending) return <LoadingState />;
  if (sub.error) return <ErrorState error={sub.error} onRetry={() => void sub.refetch()} />;
  const s = sub.data;
  return (
    <Stack gap="md">
      <PageHeader title={t('integrations.deliveriesTitle', { client: s.clientId })} backTo="/integrations" badge={<SubscriptionStatusBadge subscription={s} />} />
      <Group gap="xs">
        <Text ff="monospace" style={{ overflowWrap: 'anywhere' }}>
          {s.url}
        </Text>
      </Group>
      <Text c="dark.6">{t('integrations.deliveriesIntro')}</Text>
      <DeliveryLog store={store.code} zone={zone} subscriptionId={s.id} canReplay={s.status !== 'DELETED'} />
    </Stack>
  );
}
