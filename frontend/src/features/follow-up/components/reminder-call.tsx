import { Button, Group, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import type { ReminderCycle, Task } from '@/lib/api-types';
import { useRecordReminderCall, useReminderCycles } from '../api/reminders';

const TOUCH = { mih: 44 };

export type BookingRequest = { task: Task; cycle: ReminderCycle; mileage: number | null; request: string; onBooked: (appointmentId: string) => void };

/**
 * R-REM-2 on the call: the due date and why, the latest mileage (re-projects the due date), any special
 * request, and the decision: book now (the route's booking, dealer-initiated R-APT-1), undecided (a second
 * call follows, R-REM-3) or no (no more calls this cycle).
 */
export function ReminderCall({ store, task, renderBooking }: { store: string; task: Task; renderBooking: (req: BookingRequest) => ReactNode }) {
  const { t } = useTranslation();
  const cycles = useReminderCycles(store, task.subject.id);
  const record = useRecordReminderCall(store);
  const [mileage, setMileage] = useState<number | null>(null);
  const [request, setRequest] = useState('');
  const [booking, setBooking] = useState(false);
  const cycle = cycles.data?.find((c) => c.availableActions.includes('record-call')) ?? cycles.data?.[0];
  if (cycles.isPending) return <Text c="dark.6">{t('followUp.reminder.loading')}</Text>;
  if (cycles.error) return <ProblemAlert error={cycles.error} />;
  if (!cycle) return null;
  const open = cycle.availableActions.includes('record-call');
  const decide = (decision: 'BOOKED' | 'UNDECIDED' | 'DECLINED', appointmentId?: string) =>
    record.mutate(
      { cycle, call: { decision, mileage, specialRequest: request.trim() === '' ? null : request.trim(), appointmentId: appointmentId ?? null } },
      { onSuccess: (c) => notifications.show({ color: 'green', message: t('followUp.reminder.recorded', { due: c.dueDate, decision: t(`followUp.reminder.decisions.${decision}`) }) }) },
    );
  return (
    <Stack gap="sm" data-testid="reminder-call">
      <Text fz="lg" fw={700} data-testid="reminder-due">
        {t('followUp.reminder.due', { date: cycle.dueDate, basis: t(`followUp.reminder.basis.${cycle.dueBasis as 'DATE'}`) })}
      </Text>
      {cycle.messageSkipped && <Text c="orange.9">{t('followUp.reminder.noMessage')}</Text>}
      {open ? (
        <>
          <Group gap="md" align="flex-end" wrap="wrap">
            <NumberInput label={t('followUp.reminder.mileage')} value={mileage ?? ''} onChange={(v) => setMileage(typeof v === 'number' ? v : null)} min={0} max={2000000} suffix=" km" size="md" data-testid="reminder-mileage" />
            <Textarea label={t('followUp.reminder.request')} value={request} onChange={(e) => setRequest(e.currentTarget.value)} autosize minRows={1} maxLength={1000} style={{ flex: 1, minWidth: 240 }} data-testid="reminder-request" />
          </Group>
          <Group gap="sm" wrap="wrap">
            <Button {...TOUCH} color="green" onClick={() => setBooking(true)} disabled={record.isPending} data-testid="reminder-book">
              {t('followUp.reminder.book')}
            </Button>
            <Button {...TOUCH} variant="light" loading={record.isPending && record.variables?.call.decision === 'UNDECIDED'} onClick={() => decide('UNDECIDED')} data-testid="reminder-undecided">
              {t('followUp.reminder.decisions.UNDECIDED')}
            </Button>
            <Button {...TOUCH} variant="outline" color="red" loading={record.isPending && record.variables?.call.decision === 'DECLINED'} onClick={() => decide('DECLINED')} data-testid="reminder-declined">
              {t('followUp.reminder.decisions.DECLINED')}
            </Button>
          </Group>
          {booking && renderBooking({ task, cycle, mileage, request, onBooked: (id) => { setBooking(false); decide('BOOKED', id); } })}
        </>
      ) : (
        <Text data-testid="reminder-status">{t(`followUp.reminder.status.${cycle.status}`)}</Text>
      )}
      {record.error && <ProblemAlert error={record.error} />}
    </Stack>
  );
}
