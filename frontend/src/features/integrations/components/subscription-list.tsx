import { Badge, Button, Card, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConflictNotice } from '@/components/conflict-notice';
import { HistoryIcon } from '@/components/icons';
import { LoadMore } from '@/components/load-more';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { currentLanguage } from '@/i18n';
import type { WebhookSubscription } from '@/lib/api-types';
import { useConflict } from '@/lib/use-conflict';
import { formatZonedDateTime } from '@/lib/zoned-time';
import { useSubscriptionAction, useWebhookSubscriptions, type SubscriptionAction } from '../api/webhooks';
import { SubscriptionStatusBadge, subscriptionState } from './subscription-status';

const TOUCH = { mih: 44 };
/** A 409 means the subscription left the state the action needs (someone else paused, resumed or deleted it). */
const CONFLICTS = [409, 412] as const;

/** The store's webhook subscriptions of every integrator client, for the service manager (issue 12). */
export function SubscriptionList({ store, zone }: { store: string; zone: string }) {
  const { t } = useTranslation();
  const list = useWebhookSubscriptions(store);
  const [deleting, setDeleting] = useState<WebhookSubscription | null>(null);
  if (list.isPending) return <LoadingState />;
  if (list.error) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const items = list.data.pages.flatMap((p) => p.items);
  if (items.length === 0) return <EmptyState icon={<HistoryIcon size={32} />} title={t('integrations.none')} description={t('integrations.noneHint')} />;
  return (
    <Stack gap="md" data-testid="webhook-subscriptions">
      {items.map((s) => (
        <SubscriptionCard key={s.id} store={store} zone={zone} subscription={s} onDelete={() => setDeleting(s)} onReload={() => list.refetch()} reloading={list.isRefetching} />
      ))}
      <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} />
      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title={<Text component="span" fw={700} fz={20}>{t('integrations.deleteTitle')}</Text>} centered>
        {deleting && <DeleteConfirm store={store} subscription={deleting} onDone={() => setDeleting(null)} onReload={() => list.refetch()} reloading={list.isRefetching} />}
      </Modal>
    </Stack>
  );
}

type Reload = { onReload: () => Promise<unknown>; reloading: boolean };

function SubscriptionCard({ store, zone, subscription: s, onDelete, onReload, reloading }: { store: string; zone: string; subscription: WebhookSubscription; onDelete: () => void } & Reload) {
  const { t } = useTranslation();
  const when = (at: string) => formatZonedDateTime(at, zone, currentLanguage());
  const act = useSubscriptionAction(store);
  const conflict = useConflict(CONFLICTS);
  const state = subscriptionState(s);
  const run = (action: SubscriptionAction) =>
    void conflict
      .guard(async () => {
        const after = await act.mutateAsync({ id: s.id, action });
        notifications.show({ color: 'green', message: t(`integrations.done.${action}`, { client: after.clientId }) });
      })
      .catch(() => undefined); // shown below from act.error
  return (
    <Card withBorder radius="md" padding="md" data-testid="webhook-subscription" data-status={s.status} aria-labelledby={`webhook-${s.id}`}>
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap" justify="space-between">
          <Group gap="xs" wrap="wrap">
            <Text fw={700} fz="lg" id={`webhook-${s.id}`}>
              {s.clientId}
            </Text>
            <SubscriptionStatusBadge subscription={s} />
          </Group>
          <Text c="dark.6" fz="sm">
            {t('integrations.created', { when: when(s.createdAt) })}
          </Text>
        </Group>
        <Text ff="monospace" style={{ overflowWrap: 'anywhere' }} data-testid="webhook-url">
          {s.url}
        </Text>
        {s.description && <Text c="dark.6">{s.description}</Text>}
        <Group gap={6} wrap="wrap" aria-label={t('integrations.eventTypes')} role="list">
          {s.eventTypes.map((e) => (
            <Badge key={e} variant="outline" color="dark" tt="none" role="listitem">
              {e}
            </Badge>
          ))}
        </Group>
        {s.status === 'PAUSED' && (
          <Text c={state === 'FAILING' ? 'red.8' : 'orange.9'} data-testid="webhook-paused">
            {t(state === 'FAILING' ? 'integrations.pausedFailing' : 'integrations.paused', { when: when(s.pausedAt ?? s.updatedAt), reason: s.pausedReason ?? '—' })}
          </Text>
        )}
        {s.status !== 'DELETED' && s.consecutiveFailures > 0 && s.failingSince && (
          <Text c="red.8" data-testid="webhook-failing">
            {t('integrations.failing', { count: s.consecutiveFailures, when: when(s.failingSince) })}
          </Text>
        )}
        {s.status === 'DELETED' && (
          <Text c="dark.6" data-testid="webhook-deleted">
            {t('integrations.deletedAt', { when: when(s.updatedAt) })}
          </Text>
        )}
        <Group gap="xs" wrap="wrap" role="group" aria-label={t('integrations.actions')}>
          <Button component={Link} to={`/integrations/${s.id}`} variant="light" {...TOUCH} data-testid="webhook-deliveries-link">
            {t('integrations.deliveries')}
          </Button>
          {s.status === 'ACTIVE' && (
            <Button {...TOUCH} variant="default" loading={act.isPending && act.variables.action === 'pause'} onClick={() => run('pause')} data-testid="webhook-pause">
              {t('integrations.pause')}
            </Button>
          )}
          {s.status === 'PAUSED' && (
            <Button {...TOUCH} color="green" loading={act.isPending && act.variables.action === 'resume'} onClick={() => run('resume')} data-testid="webhook-resume">
              {t('integrations.resume')}
            </Button>
          )}
          {s.status !== 'DELETED' && (
            <Button {...TOUCH} color="red" variant="subtle" onClick={onDelete} disabled={act.isPending} data-testid="webhook-delete">
              {t('integrations.delete')}
            </Button>
          )}
        </Group>
        {conflict.active ? (
          <ConflictNotice error={conflict.error} reloading={reloading} onReload={() => void onReload().then(conflict.clear)} />
        ) : (
          act.error && <ProblemAlert error={act.error} />
        )}
      </Stack>
    </Card>
  );
}

function DeleteConfirm({ store, subscription: s, onDone, onReload, reloading }: { store: string; subscription: WebhookSubscription; onDone: () => void } & Reload) {
  const { t } = useTranslation();
  const act = useSubscriptionAction(store);
  const conflict = useConflict(CONFLICTS);
  const confirm = () =>
    void conflict
      .guard(async () => {
        await act.mutateAsync({ id: s.id, action: 'delete' });
        notifications.show({ color: 'green', message: t('integrations.done.delete', { client: s.clientId }) });
        onDone();
      })
      .catch(() => undefined);
  return (
    <Stack gap="md">
      <Text>{t('integrations.deleteBody', { client: s.clientId })}</Text>
      <Text ff="monospace" style={{ overflowWrap: 'anywhere' }}>
        {s.url}
      </Text>
      {conflict.active ? (
        <ConflictNotice error={conflict.error} reloading={reloading} onReload={() => void onReload().then(conflict.clear)} />
      ) : (
        act.error && <ProblemAlert error={act.error} />
      )}
      <Group justify="flex-end" gap="sm">
        <Button {...TOUCH} variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button {...TOUCH} color="red" loading={act.isPending} onClick={confirm} data-testid="webhook-delete-confirm">
          {t('integrations.delete')}
        </Button>
      </Group>
    </Stack>
  );
}
