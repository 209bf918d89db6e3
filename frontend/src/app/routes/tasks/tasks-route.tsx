import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { RequirePermission } from '@/components/require-permission';
import { ProgressCheckPanel } from '@/features/progress-checks/components/progress-check-panel';
import type { TaskFilter } from '@/features/tasks/api/list-tasks';
import { TaskList } from '@/features/tasks/components/task-list';
import type { Role } from '@/lib/auth';
import { useCurrentStore } from '@/lib/current-store';
import { useSession } from '@/lib/session';
import { useStoreZone } from '@/lib/store-zone';

/** The role queues that get tasks today: customer service rebooks no-shows (R-APT-7), advisors tell customers what is not ready (R-PRE-4) and check progress (R-REP-2). */
const QUEUES: Role[] = ['customer-service', 'advisor'];

type Desk = 'mine' | 'all' | Role;

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
  const { roles, username } = useSession();
  // Everyone has their own tasks and their roles' queues; the service manager oversees every queue.
  const manager = roles.includes('service-manager');
  const own = QUEUES.filter((q) => roles.includes(q));
  const options: Desk[] = manager ? ['mine', 'all', ...QUEUES] : ['mine', ...own];
  const [desk, setDesk] = useState<Desk>(own[0] ?? (manager ? 'all' : 'mine'));
  const filter: TaskFilter = desk === 'mine' ? { assigneeUser: username } : desk === 'all' ? {} : { assigneeRole: desk };
  return (
    <Stack gap="md">
      <PageHeader title={t('tasks.title')} />
      <Text c="dark.6" fz="lg">
        {t('tasks.intro')}
      </Text>
      {options.length > 1 && (
        <SegmentedControl
          aria-label={t('tasks.queue')}
          data={options.map((o) => ({ value: o, label: o === 'mine' ? t('tasks.mine') : o === 'all' ? t('tasks.all') : t(`roles.${o}`) }))}
          value={desk}
          onChange={(v) => setDesk(v as Desk)}
          style={{ alignSelf: 'flex-start' }}
        />
      )}
      <TaskList
        store={store.code}
        zone={zone}
        filter={filter}
        me={username}
        appointmentHref={(task) => `/appointments/${task.subject.id}`}
        orderHref={(task) => `/repair-orders/${task.subject.id}`}
        rebookHref={(task) => `/appointments/new?from=${task.subject.id}`}
        extra={(task) => (task.type === 'PROGRESS_CHECK' ? <ProgressCheckPanel store={store.code} zone={zone} taskId={task.id} /> : null)}
      />
    </Stack>
  );
}
