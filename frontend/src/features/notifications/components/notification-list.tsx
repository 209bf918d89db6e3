import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@/components/page-states';
import { currentLanguage } from '@/i18n';
import type { Notification } from '@/lib/api-types';
import { formatZonedDateTime } from '@/lib/zoned-time';
import { useAppointmentNotifications } from '../api/list-notifications';

const AUDIENCE_COLOR: Record<string, string> = { WORKSHOP: 'blue', PARTS: 'grape', CUSTOMER: 'teal' };
const STATUS_COLOR: Record<string, string> = { SENT: 'green', PENDING: 'yellow', HELD: 'indigo', FAILED: 'red', CANCELLED: 'gray' };

/** What really happened to one message: sent (when, by whom), waiting, held for quiet hours, retried or failed. */
function DeliveryStatus({ n, zone }: { n: Notification; zone: string }) {
  const { t } = useTranslation();
  const at = (iso: string | null | undefined) => (iso ? formatZonedDateTime(iso, zone, currentLanguage()) : '');
  const provider = n.provider ? t(`notifications.providers.${n.provider as 'smtp'}`, { defaultValue: n.provider }) : '';
  let detail: string;
  switch (n.status) {
    case 'SENT':
      detail = t('notifications.detail.sent', { when: at(n.sentAt), provider });
      break;
    case 'HELD':
      detail = t('notifications.detail.held', { when: at(n.nextAttemptAt) });
      break;
    case 'CANCELLED':
      detail = t('notifications.detail.cancelled', { reason: t(`notifications.reasons.${n.lastError ?? ''}`, { defaultValue: n.lastError ?? '' }) });
      break;
    case 'FAILED':
      detail = t('notifications.detail.failed', { count: n.attempts, error: n.lastError ?? '' });
      break;
    default:
      detail = n.attempts > 0
        ? t('notifications.detail.retrying', { count: n.attempts, when: at(n.nextAttemptAt), error: n.lastError ?? '' })
        : t('notifications.detail.pending');
  }
  return (
    <Group gap="xs" wrap="wrap">
      <Badge color={STATUS_COLOR[n.status] ?? 'gray'} variant={n.status === 'FAILED' ? 'filled' : 'light'} data-testid="notification-status">
        {t(`notifications.statuses.${n.status as 'SENT'}`, { defaultValue: n.status })}
      </Badge>
      <Text fz="sm" c={n.status === 'FAILED' ? 'red.8' : 'dark.6'} data-testid="notification-detail">{detail}</Text>
    </Group>
  );
}

/** The outbox rows about one appointment: who was told what, and whether it really went out. */
export function AppointmentNotifications({ store, zone, appointmentId }: { store: string; zone: string; appointmentId: string }) {
  const { t } = useTranslation();
  const list = useAppointmentNotifications(store, appointmentId);
  if (list.isPending) return <LoadingState />;
  if (list.error) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  if (list.data.length === 0) return <Text c="dark.6">{t('notifications.none')}</Text>;
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="notification-list">
      {list.data.map((n) => (
        <li key={n.id} className="notification-row" data-testid="notification-row">
          <Group gap="xs" mb={4}>
            <Badge color={AUDIENCE_COLOR[n.audience] ?? 'gray'} variant="light">
              {t(`notifications.audiences.${n.audience as 'WORKSHOP'}`, { defaultValue: n.audience })}
            </Badge>
            <Badge color="gray" variant="outline">
              {t(`notifications.channels.${n.channel as 'BOARD'}`, { defaultValue: n.channel })}
            </Badge>
            <Text fw={600}>{t(`notifications.kinds.${n.kind as 'APPOINTMENT_BOOKED'}`, { defaultValue: t('notifications.kinds.OTHER') })}</Text>
          </Group>
          <Text>{n.body}</Text>
          <Text c="dark.6" fz="sm">
            {t('notifications.created', { when: formatZonedDateTime(n.createdAt, zone, currentLanguage()) })}
            {n.recipient ? ` · ${n.recipient}` : ''}
          </Text>
          <DeliveryStatus n={n} zone={zone} />
        </li>
      ))}
    </Stack>
  );
}
