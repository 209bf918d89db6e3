import { Anchor, Badge, Group, List, Paper, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '@/components/page-states';
import type { SetupItemKey } from '@/lib/api-types';
import { useSetupReadiness } from '../api/setup-readiness';

/** Where each checklist item is set up. */
export const SETUP_LINKS: Record<SetupItemKey, string> = {
  OPENING_HOURS: '/setup?tab=settings',
  ADVISOR: '/setup?tab=advisors',
  BAY: '/setup?tab=bays',
  TECHNICIAN: '/setup?tab=technicians',
  SERVICE_TYPE: '/setup?tab=service-types',
  SERVICE_TYPES_STAFFED: '/setup?tab=service-types',
  CANNED_JOB: '/setup?tab=canned-jobs',
};

/** Issue 8: on the manager's home, what the store still lacks before it can take bookings — each item links to its set-up screen. */
export function SetupChecklist({ store }: { store: string }) {
  const { t } = useTranslation();
  const readiness = useSetupReadiness(store);
  if (readiness.isPending) return <LoadingState />;
  if (readiness.error) return <ErrorState error={readiness.error} onRetry={() => void readiness.refetch()} />;
  const r = readiness.data;
  return (
    <Paper withBorder p="md" data-testid="setup-checklist" aria-labelledby="setup-checklist-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="lg" id="setup-checklist-title">
          {t('setup.checklist.title')}
        </Title>
        <Badge size="lg" color={r.readyForBookings ? 'teal' : 'orange'} data-testid="setup-ready">
          {r.readyForBookings ? t('setup.checklist.ready') : t('setup.checklist.notReady')}
        </Badge>
      </Group>
      <List spacing="xs" listStyleType="none">
        {r.items.map((item) => (
          <List.Item
            key={item.key}
            data-testid={`setup-item-${item.key}`}
            data-done={item.done}
            icon={
              <ThemeIcon color={item.done ? 'teal' : item.required ? 'orange' : 'gray'} radius="xl" size={28} aria-hidden>
                {item.done ? '✓' : '!'}
              </ThemeIcon>
            }
          >
            <Group gap="xs" wrap="wrap">
              <Anchor component={Link} to={SETUP_LINKS[item.key]} className="touch-link" fw={600}>
                {t(`setup.checklist.items.${item.key}`)}
              </Anchor>
              <Text span c="dimmed" size="sm">
                {item.done ? t('setup.checklist.done', { count: item.count }) : item.required ? t('setup.checklist.missing') : t('setup.checklist.recommended')}
                {item.missing.length > 0 && ` · ${t('setup.checklist.unstaffed', { codes: item.missing.join(', ') })}`}
              </Text>
            </Group>
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}
