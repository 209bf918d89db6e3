import { Badge, Button, Card, Group, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckIcon } from '@/components/icons';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { currentLanguage } from '@/i18n';
import type { Complaint } from '@/lib/api-types';
import { formatZonedDateTime, zonedInstant } from '@/lib/zoned-time';
import { useComplaintAction, useComplaints, type ComplaintAction } from '../api/complaints';

const TOUCH = { mih: 44 };

/**
 * The complaint board (R-FUP-5): every case not closed, soonest deadline first, with its owner, the
 * deadline they committed to (store time), overdue and escalated marks, its history, and the named
 * transitions the server offers now. "Escalations" shows only the overdue ones (the service manager's view).
 */
export function ComplaintBoard({ store, zone, initialView = 'all' }: { store: string; zone: string; initialView?: 'all' | 'overdue' }) {
  const { t } = useTranslation();
  const [view, setView] = useState<'all' | 'overdue'>(initialView);
  const list = useComplaints(store, view === 'overdue');
  return (
    <Stack gap="md" data-testid="complaint-board">
      <SegmentedControl
        value={view}
        onChange={(v) => setView(v as 'all' | 'overdue')}
        data={[
          { value: 'all', label: t('complaints.views.all') },
          { value: 'overdue', label: t('complaints.views.overdue') },
        ]}
        aria-label={t('complaints.views.label')}
        styles={{ control: { minHeight: 44 }, label: { minHeight: 44, display: 'flex', alignItems: 'center' } }}
      />
      {list.isPending ? (
        <LoadingState />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState icon={<CheckIcon size={32} />} title={t(view === 'overdue' ? 'complaints.noneOverdue' : 'complaints.none')} />
      ) : (
        list.data.items.map((c) => <ComplaintCard key={c.id} store={store} zone={zone} complaint={c} />)
      )}
    </Stack>
  );
}

function ComplaintCard({ store, zone, complaint: c }: { store: string; zone: string; complaint: Complaint }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const act = useComplaintAction(store);
  const [open, setOpen] = useState<ComplaintAction | null>(null);
  const [note, setNote] = useState('');
  const [deadline, setDeadline] = useState('');
  const [owner, setOwner] = useState('');
  const when = (at: string) => formatZonedDateTime(at, zone, language);
  const run = (action: ComplaintAction, satisfied?: boolean) =>
    act.mutate(
      { complaint: c, action, note, deadline: deadline ? storeInstant(deadline, zone) : undefined, owner, satisfied },
      {
        onSuccess: (after) => {
          setOpen(null);
          setNote('');
          notifications.show({ color: 'green', message: t('complaints.done', { number: after.number, status: t(`complaints.status.${after.status}`) }) });
        },
      },
    );
  const needsDeadline = open === 'start' || open === 'reassign';
  const needsNote = open !== null && open !== 'start';
  return (
    <Card withBorder radius="md" padding="md" data-testid="complaint-card" data-status={c.status}>
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <Text fw={700}>{c.number}</Text>
          <Badge variant="light">{t(`complaints.status.${c.status}`)}</Badge>
          <Badge variant="outline">{t(`complaints.departments.${c.department}`)}</Badge>
          {c.overdue && (
            <Badge color="red" data-testid="complaint-overdue">
              {t('complaints.overdue')}
            </Badge>
          )}
          {c.escalatedAt && (
            <Badge color="red" variant="outline" data-testid="complaint-escalated">
              {t('complaints.escalated', { when: when(c.escalatedAt) })}
            </Badge>
          )}
          {c.round > 1 && <Badge color="orange" variant="light">{t('complaints.round', { round: c.round })}</Badge>}
        </Group>
        <Text>
          {c.customerName ?? '—'} {c.plate ? `· ${c.plate}` : ''} · {c.category}
        </Text>
        <Text>{c.description}</Text>
        <Text c={c.overdue ? 'red.8' : 'dark.6'} data-testid="complaint-deadline">
          {t('complaints.deadline', { when: when(c.deadline), owner: c.owner ?? t('complaints.noOwner') })}
        </Text>
        {c.resolution && <Text c="dark.6">{t('complaints.resolution', { text: c.resolution })}</Text>}
        <Group gap="xs" wrap="wrap" role="group" aria-label={t('complaints.actions.label')}>
          {c.availableActions.map((a) => (
            <Button key={a} {...TOUCH} variant={open === a ? 'filled' : 'light'} onClick={() => setOpen(open === a ? null : (a as ComplaintAction))} data-testid={`complaint-action-${a}`}>
              {t(`complaints.actions.${a as ComplaintAction}`)}
            </Button>
          ))}
        </Group>
        {open && (
          <Stack gap="xs" data-testid="complaint-form">
            {needsDeadline && (
              <>
                <TextInput type="datetime-local" label={t('complaints.form.deadline')} value={deadline} onChange={(e) => setDeadline(e.currentTarget.value)} data-testid="complaint-deadline-input" />
                <TextInput label={t('complaints.form.owner')} value={owner} onChange={(e) => setOwner(e.currentTarget.value)} />
              </>
            )}
            {(needsNote || open === 'start') && (
              <Textarea label={t('complaints.form.note')} autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} data-testid="complaint-note" />
            )}
            {open === 'second-follow-up' ? (
              <Group gap="xs">
                <Button {...TOUCH} color="green" disabled={note.trim() === ''} loading={act.isPending} onClick={() => run('second-follow-up', true)} data-testid="complaint-satisfied">
                  {t('complaints.form.satisfied')}
                </Button>
                <Button {...TOUCH} color="orange" disabled={note.trim() === ''} loading={act.isPending} onClick={() => run('second-follow-up', false)} data-testid="complaint-unsatisfied">
                  {t('complaints.form.unsatisfied')}
                </Button>
              </Group>
            ) : (
              <Button {...TOUCH} disabled={(needsNote && open !== 'reassign' && note.trim() === '') || (open === 'reassign' && note.trim() === '') || (open === 'start' && deadline === '')} loading={act.isPending} onClick={() => run(open)} data-testid="complaint-confirm">
                {t(`complaints.actions.${open}`)}
              </Button>
            )}
            {act.error && <ProblemAlert error={act.error} />}
          </Stack>
        )}
        <details>
          <summary style={{ minHeight: 44, display: 'flex', alignItems: 'center', cursor: 'pointer' }}>{t('complaints.history', { count: c.history.length })}</summary>
          <Stack gap={2} data-testid="complaint-history">
            {c.history.map((h, i) => (
              <Text key={i} fz="sm">
                {when(h.at)} · {t(`complaints.steps.${h.action as 'opened'}`, { defaultValue: h.action })} · {h.by}
                {h.note ? ` · ${h.note}` : ''}
              </Text>
            ))}
          </Stack>
        </details>
      </Stack>
    </Card>
  );
}

/** A datetime-local value read as the store's wall-clock time (never the device's zone). */
export function storeInstant(local: string, zone: string): string {
  const [date = '', time = '00:00'] = local.split('T');
  const [h = 0, m = 0] = time.split(':').map(Number);
  return zonedInstant(date, h * 60 + m, zone).toISOString();
}
