import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { RequirePermission } from '@/components/require-permission';
import { TaskList } from '@/features/tasks/components/task-list';
import type { Role } from '@/lib/auth';
import { useCurrentStore } from '@/lib/current-store';
import { useSession } from '@/lib/session';
import { useStoreZone } from '@/lib/store-zone';

/** The roles whose task queues exist: customer service rebooks no-shows (R-APT-7), advisors tell customers what is not ready (R-PRE-4). */
const QUEUES: Role[] = ['customer-service', 'advisor'];

export function TasksRoute() {
  return (
    <RequirePermission permission="tasks.read">
      <Tasks />
    </RequirePermission>
  );
}

function Tasks() {
  const { t } = useTranslation();
  const { store } = useCurrentStore();
  const zone = useStoreZone();
  const { roles } = useSession();
  // The service manager oversees every queue; others see their own.
  const manager = roles.includes('service-manager');
  const own = QUEUES.filter((q) => roles.includes(q));
  const options: (Role | 'all')[] = manager ? ['all', ...QUEUES] : own;
  const [queue, setQueue] = useState<Role | 'all'>(options[0] ?? 'all');
  return (
    <Stack gap="md">
      <PageHeader title={t('tasks.title')} />
      <Text c="dark.6" fz="lg">
        {t('tasks.intro')}
      </Text>
      {options.length > 1 && (
        <SegmentedControl
          aria-label={t('tasks.queue')}
          data={options.map((o) => ({ value: o, label: o === 'all' ? t('tasks.all') : t(`roles.${o}`) }))}
          value={queue}
          onChange={(v) => setQueue(v as Role | 'all')}
          style={{ alignSelf: 'flex-start' }}
        />
      )}
      <TaskList
        store={store.code}
        zone={zone}
        assigneeRole={queue === 'all' ? null : queue}
        appointmentHref={(task) => (task.appointmentId ? `/appointments/${task.appointmentId}` : null)}
        rebookHref={(task) => (task.appointmentId ? `/appointments/new?from=${task.appointmentId}` : null)}
      />
    </Stack>
  );
}
