import { Badge, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CheckIcon } from '@/components/icons';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { currentLanguage } from '@/i18n';
import { formatZonedDateTime } from '@/lib/zoned-time';
import { usePendingReadiness } from '../api/list-pending-readiness';
import { CHECK_ITEMS } from './readiness-checklist';
import { AppointmentFlags, AppointmentStatusBadge } from './status-badge';

/** R-PRE-4: tomorrow's appointments whose checklist is still to do; a tap opens the checklist. */
export function ReadinessList({ store, zone }: { store: string; zone: string }) {
  const { t } = useTranslation();
  const pending = usePendingReadiness(store);
  if (pending.isPending) return <LoadingState />;
  if (pending.error) return <ErrorState error={pending.error} onRetry={() => void pending.refetch()} />;
  if (pending.data.length === 0) return <EmptyState icon={<CheckIcon size={32} />} title={t('readiness.noneTitle')} description={t('readiness.noneBody')} />;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" data-testid="readiness-list">
      {pending.data.map(({ appointment: a, readiness: r }) => (
        <Card key={a.id} component={Link} to={`/appointments/${a.id}#readiness`} withBorder radius="md" padding="md" className="result-card" data-testid="readiness-item">
          <Stack gap={6}>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Text className="plate">{a.vehicle.plate}</Text>
              <Text fz="xl" fw={800} className="tabular">
                {formatZonedDateTime(a.arrivalAt, zone, currentLanguage())}
              </Text>
            </Group>
            <Text fz="lg" fw={600}>
              {a.customer.name} · {a.services.map((s) => s.name).join('、')}
            </Text>
            <Group gap="xs">
              <AppointmentStatusBadge status={a.status} size="md" />
              <AppointmentFlags repeatRepair={a.repeatRepair} depositRequired={a.deposit.required} depositPaid={a.deposit.paid} />
              <Text c="dark.6">{a.advisor.displayName}</Text>
            </Group>
            <Group gap={6}>
              {CHECK_ITEMS.map((i) => (
                <Badge key={i} variant="light" color={r[i] === 'READY' || r[i] === 'NOT_NEEDED' ? 'green' : r[i] === 'NOT_READY' ? 'red' : 'yellow'}>
                  {t(`readiness.items.${i}`)}：{t(`readiness.checks.${r[i]}`)}
                </Badge>
              ))}
            </Group>
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}
