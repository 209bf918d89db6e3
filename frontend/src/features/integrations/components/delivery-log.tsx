import { Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { CheckIcon } from '@/components/icons';
import { LoadMore } from '@/components/load-more';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { currentLanguage } from '@/i18n';
import type { WebhookDelivery } from '@/lib/api-types';
import { formatZonedDateTime } from '@/lib/zoned-time';
import { useReplayDelivery, useWebhookDeliveries } from '../api/webhooks';

const COLOR: Record<WebhookDelivery['status'], string> = { PENDING: 'blue', DELIVERED: 'green', FAILED: 'red' };

/**
 * A subscription's delivery log (issue 12): each event with its type, subject, state and every
 * attempt (time on the store's clock, the receiver's HTTP status, duration, error), the next retry,
 * and a replay. `canReplay` is false once the subscription is deleted (nothing is sent for it).
 */
export function DeliveryLog({ store, zone, subscriptionId, canReplay }: { store: string; zone: string; subscriptionId: string; canReplay: boolean }) {
  const { t } = useTranslation();
  const log = useWebhookDeliveries(store, subscriptionId);
  const replay = useReplayDelivery(store, subscriptionId);
  if (log.isPending) return <LoadingState />;
  if (log.error) return <ErrorState error={log.error} onRetry={() => void log.refetch()} />;
  const items = log.data.pages.flatMap((p) => p.items);
  if (items.length === 0) return <EmptyState icon={<CheckIcon size={32} />} title={t('integrations.noDeliveries')} />;
  const send = (d: WebhookDelivery) =>
    replay.mutate(d.id, { onSuccess: () => notifications.show({ color: 'green', message: t('integrations.replayed', { type: d.eventType }) }) });
  return (
    <Stack gap="md" data-testid="webhook-deliveries">
      {replay.error && <ProblemAlert error={replay.error} />}
      {items.map((d) => (
        <DeliveryCard key={d.id} zone={zone} delivery={d} canReplay={canReplay} replaying={replay.isPending && replay.variables === d.id} onReplay={() => send(d)} />
      ))}
      <LoadMore hasMore={log.hasNextPage} loading={log.isFetchingNextPage} onLoad={() => void log.fetchNextPage()} />
    </Stack>
  );
}

function DeliveryCard({ zone, delivery: d, canReplay, replaying, onReplay }: { zone: string; delivery: WebhookDelivery; canReplay: boolean; replaying: boolean; onReplay: () => void }) {
  const { t } = useTranslation();
  const when = (at: string) => formatZonedDateTime(at, zone, currentLanguage());
  return (
    <Card withBorder radius="md" padding="md" data-testid="webhook-delivery" data-status={d.status}>
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap" justify="space-between">
          <Group gap="xs" wrap="wrap">
            <Text fw={700}>{d.eventType}</Text>
            <Badge color={COLOR[d.status]} variant={d.status === 'DELIVERED' ? 'light' : 'filled'} data-testid="webhook-delivery-status">
              {t(`integrations.deliveryStatus.${d.status}`)}
            </Badge>
          </Group>
          {canReplay && (
            <Button mih={44} variant="light" loading={replaying} onClick={onReplay} data-testid="webhook-replay" aria-label={t('integrations.replayLabel', { type: d.eventType, sequence: d.sequence })}>
              {t('integrations.replay')}
            </Button>
          )}
        </Group>
        <Text c="dark.6" fz="sm">
          {t('integrations.subject', { sequence: d.sequence, id: d.subjectId })}
        </Text>
        <Text fz="sm" data-testid="webhook-delivery-summary">
          {t('integrations.attempts', { count: d.attempts })}
          {d.deliveredAt ? ` · ${t('integrations.deliveredAt', { when: when(d.deliveredAt) })}` : ''}
          {d.nextAttemptAt ? ` · ${t('integrations.nextAttempt', { when: when(d.nextAttemptAt) })}` : ''}
        </Text>
        {d.log.length > 0 && (
          <Table.ScrollContainer minWidth={480}>
            <Table verticalSpacing={4} fz="sm" data-testid="webhook-attempts">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('integrations.attempt.at')}</Table.Th>
                  <Table.Th>{t('integrations.attempt.status')}</Table.Th>
                  <Table.Th>{t('integrations.attempt.duration')}</Table.Th>
                  <Table.Th>{t('integrations.attempt.error')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.log.map((a, i) => (
                  <Table.Tr key={i} data-testid="webhook-attempt">
                    <Table.Td>{when(a.attemptedAt)}</Table.Td>
                    <Table.Td>
                      <Text span fw={700} fz="sm" c={a.statusCode != null && a.statusCode >= 200 && a.statusCode < 300 ? 'green.9' : 'red.8'}>
                        {a.statusCode ?? t('integrations.attempt.unreachable')}
                      </Text>
                    </Table.Td>
                    <Table.Td>{t('integrations.attempt.ms', { ms: a.durationMs })}</Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{a.error ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {d.log.length === 0 && d.lastError && <Text fz="sm" c="red.8">{d.lastError}</Text>}
      </Stack>
    </Card>
  );
}
