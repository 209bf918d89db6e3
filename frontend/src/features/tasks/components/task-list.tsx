import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CheckIcon } from '@/components/icons';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { currentLanguage } from '@/i18n';
import type { AttemptOutcome, RecordAttemptRequest, Task } from '@/lib/api-types';
import { isApiError } from '@/lib/problem';
import { addDays, formatZonedDateTime, todayIn, zonedInstant } from '@/lib/zoned-time';
import { useAssignTask } from '../api/assign-task';
import { useOpenTasks, type TaskFilter } from '../api/list-tasks';
import { useRecordAttempt } from '../api/record-attempt';

type Links = {
  /** The appointment the task is about. */
  appointmentHref?: (task: Task) => string | null;
  /** The repair order the task is about (e.g. a supplementary item to decide, R-REP-3). */
  orderHref?: (task: Task) => string | null;
  /** Where "rebook" leads (a booking pre-filled from the missed appointment). */
  rebookHref?: (task: Task) => string | null;
  /** What another feature shows on a task it answers with its own form (R-REP-2: the progress check). */
  extra?: (task: Task) => ReactNode;
};

const TYPE_COLOR: Record<string, string> = { REBOOK_NO_SHOW: 'red', TELL_CUSTOMER_NOT_READY: 'orange', PROGRESS_CHECK: 'grape', READY_FOR_DELIVERY: 'green' };
const PRIORITY_COLOR: Record<Task['priority'], string> = { LOW: 'gray', NORMAL: 'blue', HIGH: 'orange', URGENT: 'red' };
/** The one-tap outcomes, in the order a caller needs them. */
const OUTCOMES: AttemptOutcome[] = ['NO_ANSWER', 'REACHED', 'WRONG_NUMBER', 'DO_NOT_CALL'];
const TOUCH = { mih: 44 };

/** Call back in an hour, or tomorrow at 09:00 store time (the store's zone, never the device's). */
function callBackTimes(zone: string, now: Date): { key: 'inAnHour' | 'tomorrowMorning'; at: string }[] {
  return [
    { key: 'inAnHour', at: new Date(now.getTime() + 3_600_000).toISOString() },
    { key: 'tomorrowMorning', at: zonedInstant(addDays(todayIn(zone, now), 1), 9 * 60, zone).toISOString() },
  ];
}

/**
 * The follow-up desk: the tasks still to work for one person or one role's queue, with who to call
 * (name, phone, plate), when (due window in the store's zone), how urgent, and one tap per outcome.
 */
export function TaskList({ store, zone, filter, me, appointmentHref, orderHref, rebookHref, extra }: { store: string; zone: string; filter: TaskFilter; me: string } & Links) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const tasks = useOpenTasks(store, filter);
  const attempt = useRecordAttempt(store);
  const assign = useAssignTask(store);
  const [failed, setFailed] = useState<{ id: string; error: unknown } | null>(null);

  if (tasks.isPending) return <LoadingState />;
  if (tasks.error) return <ErrorState error={tasks.error} onRetry={() => void tasks.refetch()} />;
  if (tasks.data.length === 0) return <EmptyState icon={<CheckIcon size={32} />} title={t('tasks.noneTitle')} description={t('tasks.noneBody')} />;

  const record = (task: Task, body: RecordAttemptRequest) => {
    setFailed(null);
    attempt.mutate(
      { task, attempt: body },
      {
        onSuccess: () => notifications.show({ color: 'green', message: t('tasks.recorded', { outcome: t(`tasks.outcomes.${body.outcome}`) }) }),
        onError: (error) => setFailed({ id: task.id, error }),
      },
    );
  };
  const when = (instant: string) => formatZonedDateTime(instant, zone, language);
  const now = new Date();

  return (
    <Stack gap="md" data-testid="task-list">
      {tasks.data.map((task) => {
        const appointment = task.subject.type === 'APPOINTMENT' ? (appointmentHref?.(task) ?? null) : null;
        const order = task.subject.type === 'REPAIR_ORDER' ? (orderHref?.(task) ?? null) : null;
        const rebook = task.type === 'REBOOK_NO_SHOW' ? (rebookHref?.(task) ?? null) : null;
        const busy = (attempt.isPending && attempt.variables?.task.id === task.id) || (assign.isPending && assign.variables?.task.id === task.id);
        const canAttempt = task.availableActions.includes('record-attempt');
        const canTake = task.availableActions.includes('assign') && task.assignee.username !== me;
        const overdue = task.dueUntil != null && new Date(task.dueUntil) < now;
        const last = task.attempts.at(-1);
        return (
          <Card key={task.id} withBorder radius="md" padding="md" data-testid="task-item" data-type={task.type} data-priority={task.priority}>
            <Stack gap="sm">
              <Group gap="xs" wrap="wrap">
                <Badge color={TYPE_COLOR[task.type] ?? 'blue'} variant="light" size="lg">
                  {t(`tasks.types.${task.type}`)}
                </Badge>
                <Badge color={PRIORITY_COLOR[task.priority]} variant={task.priority === 'HIGH' || task.priority === 'URGENT' ? 'filled' : 'outline'} data-testid="task-priority">
                  {t(`tasks.priorities.${task.priority}`)}
                </Badge>
                {task.status === 'IN_PROGRESS' && <Badge color="grape" variant="light">{t('tasks.inProgress')}</Badge>}
                <Badge color="gray" variant="outline" data-testid="task-assignee">
                  {task.assignee.username ?? t(`roles.${task.assignee.role as 'advisor'}`, { defaultValue: task.assignee.role })}
                </Badge>
              </Group>
              <Text fz="lg" fw={700}>
                {task.title}
              </Text>
              <Group gap="lg" wrap="wrap" data-testid="task-subject">
                {task.customer && (
                  <Text fz="lg">
                    {task.customer.name}
                    {task.customer.phone && (
                      <>
                        {' · '}
                        <Anchor href={`tel:${task.customer.phone}`} fw={700} data-testid="task-phone">
                          {task.customer.phone}
                        </Anchor>
                      </>
                    )}
                  </Text>
                )}
                {task.vehicle && (
                  <Text fz="lg" fw={700} data-testid="task-plate">
                    {task.vehicle.plate}
                  </Text>
                )}
              </Group>
              <Text c={overdue ? 'red.8' : 'dark.6'} data-testid="task-due">
                {task.dueUntil ? t('tasks.dueWindow', { from: when(task.dueFrom), until: when(task.dueUntil) }) : t('tasks.dueFrom', { from: when(task.dueFrom) })}
                {overdue ? ` · ${t('tasks.overdue')}` : ''}
              </Text>
              {last && (
                <Text c="dark.6" data-testid="task-last-attempt">
                  {t('tasks.lastAttempt', { count: task.attempts.length, outcome: t(`tasks.outcomes.${last.outcome}`), who: last.recordedBy, when: when(last.recordedAt) })}
                  {last.note ? ` · ${last.note}` : ''}
                </Text>
              )}
              {extra?.(task)}
              {canAttempt && (
                <Group gap="sm" wrap="wrap" role="group" aria-label={t('tasks.outcome')}>
                  <Button {...TOUCH} color="green" leftSection={<CheckIcon size={18} />} loading={busy} onClick={() => record(task, { outcome: 'DONE' })} data-testid="task-outcome-DONE">
                    {t('tasks.outcomes.DONE')}
                  </Button>
                  {OUTCOMES.map((o) => (
                    <Button key={o} {...TOUCH} variant={o === 'DO_NOT_CALL' ? 'outline' : 'light'} color={o === 'DO_NOT_CALL' ? 'red' : undefined} disabled={busy} onClick={() => record(task, { outcome: o })} data-testid={`task-outcome-${o}`}>
                      {t(`tasks.outcomes.${o}`)}
                    </Button>
                  ))}
                  {callBackTimes(zone, now).map((c) => (
                    <Button key={c.key} {...TOUCH} variant="default" disabled={busy} onClick={() => record(task, { outcome: 'CALL_BACK_AT', callBackAt: c.at })} data-testid={`task-callback-${c.key}`}>
                      {t(`tasks.callBack.${c.key}`)}
                    </Button>
                  ))}
                </Group>
              )}
              <Group gap="sm" wrap="wrap">
                {canTake && (
                  <Button
                    {...TOUCH}
                    variant="default"
                    disabled={busy}
                    onClick={() => {
                      setFailed(null);
                      assign.mutate({ task, to: { role: null, username: me } }, { onError: (error) => setFailed({ id: task.id, error }) });
                    }}
                    data-testid="task-take"
                  >
                    {t('tasks.take')}
                  </Button>
                )}
                {rebook && (
                  <Button {...TOUCH} component={Link} to={rebook} variant="light" data-testid="task-rebook">
                    {t('tasks.rebook')}
                  </Button>
                )}
                {appointment && (
                  <Button {...TOUCH} component={Link} to={appointment} variant="default">
                    {t('tasks.openAppointment')}
                  </Button>
                )}
                {order && (
                  <Button {...TOUCH} component={Link} to={order} variant="default">
                    {t('tasks.openOrder')}
                  </Button>
                )}
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
