import { Anchor, Badge, Button, Card, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { CheckIcon } from '@/components/icons';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { currentLanguage } from '@/i18n';
import type { AttemptOutcome, RecordAttemptRequest, WorkQueueItem } from '@/lib/api-types';
import { addDays, formatZonedDateTime, todayIn, zonedInstant } from '@/lib/zoned-time';
import { useWorkQueue } from '../api/get-work-queue';
import { useRecordCallOutcome } from '../api/record-call-outcome';
import { ConsentControls } from './consent-controls';
import { OutreachClose } from './outreach-close';
import { ReminderCall, type BookingRequest } from './reminder-call';
import { SurveyForm } from './survey-form';

const TOUCH = { mih: 44 };
/** The one-tap outcomes of a call, in the order a caller needs them. */
const OUTCOMES: AttemptOutcome[] = ['NO_ANSWER', 'REACHED', 'WRONG_NUMBER', 'DO_NOT_CALL'];

type Props = {
  store: string;
  zone: string;
  /** The customer's history beside the call: vehicles, last orders (composed by the route). */
  renderHistory?: (item: WorkQueueItem) => ReactNode;
  /** Booking in place from a reminder call (composed by the route from the appointments feature). */
  renderBooking: (req: BookingRequest) => ReactNode;
  /** What a call of another feature's subject needs (the complaint's second follow-up, R-FUP-5), composed by the route. */
  renderCallExtra?: (item: WorkQueueItem) => ReactNode;
};

/**
 * The customer-service work queue: today's calls in calling order (complaint second follow-ups and club
 * members first, R-FUP-6), the call screen with its script, consent and one-tap outcomes, and the calls
 * not offered now with why (outside the call window R-FUP-4, opted out, no phone, later today).
 */
export function WorkQueue({ store, zone, renderHistory, renderBooking, renderCallExtra }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const queue = useWorkQueue(store);
  const [selected, setSelected] = useState<string | null>(null);
  if (queue.isPending) return <LoadingState />;
  if (queue.error) return <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />;
  const { offered, notOffered } = queue.data;
  const when = (instant: string) => formatZonedDateTime(instant, zone, language);
  const current = offered.find((i) => i.task.id === selected) ?? offered[0];
  return (
    <Stack gap="md" data-testid="work-queue">
      <Text c={queue.data.callWindowOpen ? 'dark.6' : 'red.9'} data-testid="call-window">
        {t(queue.data.callWindowOpen ? 'followUp.windowOpen' : 'followUp.windowClosed', {
          from: queue.data.callWindowStart.slice(0, 5),
          until: queue.data.callWindowEnd.slice(0, 5),
        })}
      </Text>
      {offered.length === 0 ? (
        <EmptyState icon={<CheckIcon size={32} />} title={t('followUp.noneTitle')} description={t('followUp.noneBody')} />
      ) : (
        <Group align="flex-start" gap="md" wrap="wrap">
          <Stack gap="xs" style={{ flex: '1 1 280px', maxWidth: 380 }} role="list" aria-label={t('followUp.offered')}>
            {offered.map((item, index) => (
              <Button
                key={item.task.id}
                role="listitem"
                variant={current?.task.id === item.task.id ? 'filled' : 'default'}
                mih={56}
                justify="flex-start"
                onClick={() => setSelected(item.task.id)}
                data-testid="queue-item"
                data-rank={item.rank}
                styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
              >
                <Stack gap={0}>
                  <Text fw={700}>
                    {index + 1}. {item.task.customer?.name ?? '—'} {item.task.vehicle ? `· ${item.task.vehicle.plate}` : ''}
                  </Text>
                  <Text fz="sm">
                    {taskLabel(t, item.task)}
                    {item.rank === 0 ? ` · ${t('followUp.ranks.complaint')}` : item.rank === 1 ? ` · ${t('followUp.ranks.club')}` : ''}
                  </Text>
                </Stack>
              </Button>
            ))}
          </Stack>
          {current && (
            <div style={{ flex: '3 1 480px' }}>
              <CallScreen key={current.task.id} store={store} zone={zone} item={current} history={renderHistory?.(current)} extra={renderCallExtra?.(current)} renderBooking={renderBooking} />
            </div>
          )}
        </Group>
      )}
      {notOffered.length > 0 && (
        <Paper withBorder p="md" radius="md">
          <Title order={3} fz="lg" mb="sm">
            {t('followUp.notOffered')}
          </Title>
          <Stack gap="xs" data-testid="not-offered">
            {notOffered.map((item) => (
              <Group key={item.task.id} gap="sm" wrap="wrap" data-testid="not-offered-item">
                <Text fw={700}>{item.task.customer?.name ?? '—'}</Text>
                <Text>{taskLabel(t, item.task)}</Text>
                {item.notOfferedBecause.map((r) => (
                  <Badge key={r} color={r === 'CALL_OPTED_OUT' ? 'red' : 'gray'} variant="light" data-testid="not-offered-reason">
                    {t(`followUp.reasons.${r as 'CALL_OPTED_OUT'}`)}
                  </Badge>
                ))}
                {item.callableFrom && <Text c="dark.6">{t('followUp.callableFrom', { when: when(item.callableFrom) })}</Text>}
              </Group>
            ))}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}

/** The call's purpose when it has one (declined work, first service …, issue 11), else its type. */
function taskLabel(t: TFunction, task: WorkQueueItem['task']): string {
  return task.purpose ? t(`tasks.purposes.${task.purpose as 'DECLINED_WORK'}`, { defaultValue: t(`tasks.types.${task.type}`) }) : t(`tasks.types.${task.type}`);
}

/** Call back in an hour, or tomorrow at the start of the day (store time, never the device's). */
function callBackTimes(zone: string, now: Date): { key: 'inAnHour' | 'tomorrowMorning'; at: string }[] {
  return [
    { key: 'inAnHour', at: new Date(now.getTime() + 3_600_000).toISOString() },
    { key: 'tomorrowMorning', at: zonedInstant(addDays(todayIn(zone, now), 1), 9 * 60, zone).toISOString() },
  ];
}

function CallScreen({ store, zone, item, history, extra, renderBooking }: { store: string; zone: string; item: WorkQueueItem; history: ReactNode; extra?: ReactNode; renderBooking: (req: BookingRequest) => ReactNode }) {
  const { t } = useTranslation();
  const record = useRecordCallOutcome(store);
  const task = item.task;
  const tap = (outcome: RecordAttemptRequest) =>
    record.mutate(
      { task, outcome },
      { onSuccess: (after) => notifications.show({ color: 'green', message: t('followUp.recorded', { outcome: t(`tasks.outcomes.${outcome.outcome}`), status: t(`followUp.after.${after.closeReason ?? after.status}`, { defaultValue: after.status }) }) }) },
    );
  const busy = record.isPending;
  return (
    <Card withBorder radius="md" padding="md" data-testid="call-screen">
      <Stack gap="sm">
        <Group gap="xs" wrap="wrap">
          <Badge size="lg" variant="light" data-testid="call-type">{taskLabel(t, task)}</Badge>
          {item.clubMember && <Badge size="lg" color="yellow">{t('followUp.club')}</Badge>}
          {item.unanswered > 0 && <Badge color="orange" variant="outline">{t('followUp.unanswered', { count: item.unanswered })}</Badge>}
        </Group>
        <Text fz="xl" fw={700}>
          {task.customer?.name}
          {task.customer?.phone && (
            <>
              {' · '}
              <Anchor href={`tel:${task.customer.phone}`} data-testid="call-phone">
                {task.customer.phone}
              </Anchor>
            </>
          )}
        </Text>
        <Text>{task.title}</Text>
        <Paper bg="gray.0" p="sm" radius="sm" data-testid="call-script">
          <Text fw={700}>{t('followUp.script')}</Text>
          <Text style={{ whiteSpace: 'pre-line' }}>{t(`followUp.scripts.${item.script as 'FOLLOW_UP_CALL'}`, { defaultValue: t('followUp.scripts.DEFAULT'), name: task.customer?.name ?? '' })}</Text>
        </Paper>
        {task.customer && <ConsentControls store={store} customerId={task.customer.id} />}
        {task.type === 'SERVICE_REMINDER' && task.subject.type === 'VEHICLE' && !task.purpose && <ReminderCall store={store} task={task} renderBooking={renderBooking} />}
        {task.type === 'FOLLOW_UP_CALL' && task.subject.type === 'REPAIR_ORDER' && <SurveyForm store={store} taskId={task.id} />}
        {(task.purpose === 'RETENTION' || task.purpose === 'LOST') && task.subject.type === 'VEHICLE' && <OutreachClose store={store} task={task} />}
        {extra}
        <Group gap="sm" wrap="wrap" role="group" aria-label={t('tasks.outcome')}>
          <Button {...TOUCH} color="green" leftSection={<CheckIcon size={18} />} disabled={busy} onClick={() => tap({ outcome: 'DONE' })} data-testid="call-outcome-DONE">
            {t('tasks.outcomes.DONE')}
          </Button>
          {OUTCOMES.map((o) => (
            <Button key={o} {...TOUCH} variant={o === 'DO_NOT_CALL' ? 'outline' : 'light'} color={o === 'DO_NOT_CALL' ? 'red' : undefined} disabled={busy} onClick={() => tap({ outcome: o })} data-testid={`call-outcome-${o}`}>
              {t(`tasks.outcomes.${o}`)}
            </Button>
          ))}
          {callBackTimes(zone, new Date()).map((c) => (
            <Button key={c.key} {...TOUCH} variant="default" disabled={busy} onClick={() => tap({ outcome: 'CALL_BACK_AT', callBackAt: c.at })} data-testid={`call-callback-${c.key}`}>
              {t(`tasks.callBack.${c.key}`)}
            </Button>
          ))}
        </Group>
        {record.error && <ProblemAlert error={record.error} />}
        {history}
      </Stack>
    </Card>
  );
}
