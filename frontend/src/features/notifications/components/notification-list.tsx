import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@/components/page-states';
import { currentLanguage } from '@/i18n';
import { formatZonedDateTime } from '@/lib/zoned-time';
import { useAppointmentNotifications } from '../api/list-notifications';

const AUDIENCE_COLOR: Record<string, string> = { WORKSHOP: 'blue', PARTS: 'grape', CUSTOMER: 'teal' };

/** The outbox rows about one appointment: who was told what, and whether it went out. */
export function AppointmentNotifications({ store, zone, appointmentId }: { store: string; zone: string; appointmentId: string }) {
  const { t } = useTranslation();
  const list = useAppointmentNotifications(store, appointmentId);
  if (list.isPending) return <LoadingState />;
  if (list.error) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  if (list.data.length === 0) return <Text c="dark.6">{t('notifications.none')}</Text>;
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="notification-list">
      {list.data.map((n) => (
        <li key={n.id} className="notification-row">
          <Group gap="xs" mb={4}>
            <Badge color={AUDIENCE_COLOR[n.audience] ?? 'gray'} variant="light">
              {t(`notifications.audiences.${n.audience as 'WORKSHOP'}`, { defaultValue: n.audience })}
            </Badge>
            <Badge color="gray" variant="outline">
              {t(`notifications.channels.${n.channel as 'BOARD'}`, { defaultValue: n.channel })}
            </Badge>
            <Text fw={600}>{t(`notifications.kinds.${n.kind as 'APPOINTMENT_BOOKED'}`, { defaultValue: n.kind })}</Text>
          </Group>
          <Text>{n.body}</Text>
          <Text c="dark.6" fz="sm">
            {formatZonedDateTime(n.createdAt, zone, currentLanguage())}
            {' · '}
            {n.sentAt ? t('notifications.sent', { when: formatZonedDateTime(n.sentAt, zone, currentLanguage()) }) : t('notifications.queued')}
            {n.recipient ? ` · ${n.recipient}` : ''}
          </Text>
        </li>
      ))}
    </Stack>
  );
}
