import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CheckIcon } from '@/components/icons';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { currentLanguage } from '@/i18n';
import type { Task } from '@/lib/api-types';
import { isApiError } from '@/lib/problem';
import { formatZonedDateTime } from '@/lib/zoned-time';
import { useCompleteTask } from '../api/complete-task';
import { useOpenTasks } from '../api/list-tasks';

type Links = {
  /** The appointment the task is about. */
  appointmentHref?: (task: Task) => string | null;
  /** Where "rebook" leads (a booking pre-filled from the missed appointment). */
  rebookHref?: (task: Task) => string | null;
};

const KIND_COLOR: Record<string, string> = { REBOOK: 'red', TELL_CUSTOMER_NOT_READY: 'orange' };

/** Open tasks for a role, oldest first; "done" completes them with the version they were read at. */
export function TaskList({ store, zone, assigneeRole, appointmentHref, rebookHref }: { store: string; zone: string; assigneeRole: string | null } & Links) {
  const { t } = useTranslation();
  const tasks = useOpenTasks(store, assigneeRole);
  const complete = useCompleteTask(store);
  const [failed, setFailed] = useState<{ id: string; error: unknown } | null>(null);

  if (tasks.isPending) return <LoadingState />;
  if (tasks.error) return <ErrorState error={tasks.error} onRetry={() => void tasks.refetch()} />;
  if (tasks.data.length === 0) return <EmptyState icon={<CheckIcon size={32} />} title={t('tasks.noneTitle')} description={t('tasks.noneBody')} />;

  return (
    <Stack gap="md" data-testid="task-list">
      {tasks.data.map((task) => {
        const appointment = appointmentHref?.(task) ?? null;
        const rebook = task.kind === 'REBOOK' ? (rebookHref?.(task) ?? null) : null;
        const busy = complete.isPending && complete.variables?.id === task.id;
        return (
          <Card key={task.id} withBorder radius="md" padding="md" data-testid="task-item" data-kind={task.kind}>
            <Stack gap="sm">
              <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
                <Stack gap={4} style={{ flex: 1, minWidth: 240 }}>
                  <Group gap="xs">
                    <Badge color={KIND_COLOR[task.kind] ?? 'blue'} variant="light" size="lg">
                      {t(`tasks.kinds.${task.kind as 'REBOOK'}`, { defaultValue: task.kind })}
                    </Badge>
                    {!assigneeRole && (
                      <Badge color="gray" variant="outline">
                        {t(`roles.${task.assigneeRole as 'advisor'}`, { defaultValue: task.assigneeRole })}
                      </Badge>
                    )}
                  </Group>
                  <Text fz="lg" fw={700}>
                    {task.title}
                  </Text>
                  <Text c="dark.6">
                    {t('tasks.created', { when: formatZonedDateTime(task.createdAt, zone, currentLanguage()) })}
                    {task.dueAt ? ` · ${t('tasks.due', { when: formatZonedDateTime(task.dueAt, zone, currentLanguage()) })}` : ''}
                  </Text>
                </Stack>
                <Group gap="sm">
                  {rebook && (
                    <Button component={Link} to={rebook} variant="light" data-testid="task-rebook">
                      {t('tasks.rebook')}
                    </Button>
                  )}
                  {appointment && (
                    <Button component={Link} to={appointment} variant="default">
                      {t('tasks.openAppointment')}
                    </Button>
                  )}
                  <Button
                    color="green"
                    leftSection={<CheckIcon size={18} />}
                    loading={busy}
                    onClick={() => {
                      setFailed(null);
                      complete.mutate(task, {
                        onSuccess: () => notifications.show({ color: 'green', message: t('tasks.completed') }),
                        onError: (error) => setFailed({ id: task.id, error }),
                      });
                    }}
                    data-testid="task-complete"
                  >
                    {t('tasks.complete')}
                  </Button>
                </Group>
              </Group>
              {failed?.id === task.id &&
                (isApiError(failed.error) && failed.error.status === 412 ? (
                  <Text c="orange.9" role="alert">
                    {t('tasks.changed')}
                  </Text>
                ) : (
                  <ProblemAlert error={failed.error} />
                ))}
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
