import { Alert, Badge, Button, Card, Group, Modal, SegmentedControl, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import type { BoardJob, NonProductiveCode, PauseReason, Punch, PunchResult } from '@/lib/api-types';
import { useIdempotencyKey } from '@/lib/idempotency';
import { formatZonedTime } from '@/lib/zoned-time';
import { LATENESS_COLOR, percent, STATUS_COLOR } from '../utils/timeline';
import { useMyJobs, usePunch, type PunchAction } from '../api/my-jobs';

const BIG = { size: 'xl', mih: 64 } as const;
const PAUSE_REASONS: PauseReason[] = ['WAITING_PARTS', 'WAITING_APPROVAL', 'OTHER'];

/**
 * The technician's screen (phone or tablet, R-REP-1): what is on the clock, big buttons to start,
 * pause (with a reason), finish and clock off, non-productive codes, today's hours. One active
 * clock: when a tap clocked off something else first, the screen says so.
 */
export function MyJobs({ store, zone }: { store: string; zone: string }) {
  const { t } = useTranslation();
  const jobs = useMyJobs(store);
  const punch = usePunch(store);
  const { keyFor, reset } = useIdempotencyKey();
  const [switched, setSwitched] = useState<Punch | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [pausing, setPausing] = useState(false);
  // What the last tap did, said on the screen itself (a phone in a gloved hand: no toast to miss).
  const [done, setDone] = useState<string[]>([]);

  if (jobs.isPending) return <LoadingState />;
  if (jobs.error) return <ErrorState error={jobs.error} onRetry={() => void jobs.refetch()} />;
  const data = jobs.data;

  const what = (p: Punch | null | undefined) => (p ? (p.jobDescription ? `${p.orderNumber ?? ''} ${p.jobDescription}`.trim() : t(`myJobs.codes.${p.code ?? 'OTHER'}`)) : '');
  const tap = (p: PunchAction, said: (r: PunchResult) => string) => {
    setFailure(null);
    setDone([]);
    // The same tap retried after a lost answer keeps its key (the server replays); a new tap gets a new one.
    const key = keyFor(p);
    punch.mutate(
      { p, key },
      {
        onSuccess: (r) => {
          reset();
          setPausing(false);
          setSwitched(r.clockedOff?.endReason === 'SWITCHED' ? r.clockedOff : null);
          setDone([said(r), ...(r.orderStarted && r.job ? [t('myJobs.orderStarted', { number: r.job.orderNumber })] : [])]);
        },
        onError: (error) => setFailure(error),
      },
    );
  };
  const active = data.activeClock;
  const activeJob = active?.jobId ? data.jobs.find((j) => j.id === active.jobId) : undefined;
  const busy = punch.isPending;

  return (
    <Stack gap="md">
      <Card withBorder padding="md" radius="md" data-testid="my-clock">
        <Stack gap="sm">
          <Group justify="space-between" wrap="wrap">
            <Text fz="lg" fw={700}>
              {data.technician.name}
            </Text>
            <Badge size="lg" color={active ? 'teal' : 'gray'} variant={active ? 'filled' : 'light'} data-testid="clock-state">
              {active ? t('myJobs.running') : t('myJobs.notRunning')}
            </Badge>
          </Group>
          {active && (
            <Text fz="lg" data-testid="clock-running">
              {activeJob ? `${activeJob.orderNumber} ${activeJob.description}` : t(`myJobs.codes.${active.code ?? 'OTHER'}`)} · {t('myJobs.since', { time: formatZonedTime(active.since, zone) })}
            </Text>
          )}
          <Text c="dark.6" className="tabular" data-testid="my-hours">
            {t('myJobs.today', {
              clocked: data.today.clockedHours.toFixed(2),
              other: data.today.nonProductiveHours.toFixed(2),
              efficiency: percent(data.today.efficiency),
              productivity: percent(data.today.productivity),
            })}
          </Text>
          {active && (
            <SimpleGrid cols={{ base: 1, xs: activeJob ? 2 : 1 }}>
              {activeJob && (
                <Button {...BIG} color="orange" disabled={busy} onClick={() => setPausing(true)} data-testid="pause">
                  {t('myJobs.pause')}
                </Button>
              )}
              <Button {...BIG} variant="default" loading={busy && punch.variables?.p.action === 'clock-off'} disabled={busy} onClick={() => tap({ action: 'clock-off' }, (r) => t('myJobs.clockedOff', { what: what(r.clockedOff) }))} data-testid="clock-off">
                {t('myJobs.clockOff')}
              </Button>
            </SimpleGrid>
          )}
        </Stack>
      </Card>
      {switched && (
        <Alert color="blue" variant="light" role="status" data-testid="switched-notice" withCloseButton onClose={() => setSwitched(null)}>
          {t('myJobs.switched', { what: what(switched) })}
        </Alert>
      )}
      {done.length > 0 && (
        <Alert color="green" variant="light" role="status" data-testid="punch-done">
          {done.map((line) => (
            <Text key={line}>{line}</Text>
          ))}
        </Alert>
      )}
      {failure != null && (
        <div data-testid="punch-problem">
          <ProblemAlert error={failure} />
        </div>
      )}
      {data.jobs.length === 0 ? (
        <EmptyState title={t('myJobs.emptyTitle')} description={t('myJobs.emptyBody')} />
      ) : (
        <Stack gap="sm" data-testid="my-job-list">
          {data.jobs.map((j) => (
            <MyJobCard
              key={j.id}
              job={j}
              zone={zone}
              onClock={active?.jobId !== j.id && j.availableActions.includes('clock-on')}
              busy={busy}
              onClockOn={() => tap({ action: 'clock-on', jobId: j.id }, () => t('myJobs.started', { what: j.description }))}
              onFinish={() => tap({ action: 'finish', jobId: j.id }, () => t('myJobs.finished', { what: j.description }))}
            />
          ))}
        </Stack>
      )}
      <Stack gap="xs">
        <Text fw={700}>{t('myJobs.nonProductive')}</Text>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          {data.nonProductiveCodes
            .filter((c) => c !== 'OTHER')
            .map((c: NonProductiveCode) => (
              <Button key={c} size="lg" mih={56} variant={active?.code === c ? 'filled' : 'light'} disabled={busy || active?.code === c} onClick={() => tap({ action: 'non-productive', code: c }, () => t(`myJobs.codes.${c}`))} data-testid={`code-${c}`}>
                {t(`myJobs.codes.${c}`)}
              </Button>
            ))}
        </SimpleGrid>
      </Stack>
      {pausing && activeJob && (
        <PauseDialog
          busy={busy}
          error={failure}
          onClose={() => setPausing(false)}
          onPause={(reason, note) => tap({ action: 'pause', reason, ...(note ? { note } : {}) }, () => t('myJobs.paused', { what: activeJob.description }))}
        />
      )}
    </Stack>
  );
}

function MyJobCard({ job, zone, onClock, busy, onClockOn, onFinish }: { job: BoardJob; zone: string; onClock: boolean; busy: boolean; onClockOn: () => void; onFinish: () => void }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" radius="md" data-testid="my-job" data-job-id={job.id} style={{ borderLeft: `6px solid var(--mantine-color-${LATENESS_COLOR[job.lateness]}-6)` }}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fz="lg" fw={700}>
            {job.plate ?? job.orderNumber} · {job.description}
          </Text>
          <Group gap={4}>
            <Badge color={STATUS_COLOR[job.status]} size="lg">
              {t(`dispatch.statuses.${job.status}`)}
              {job.pauseReason ? ` · ${t(`dispatch.pauseReasons.${job.pauseReason}`)}` : ''}
            </Badge>
            <Badge color={LATENESS_COLOR[job.lateness]} variant="light" size="lg">
              {t(`dispatch.lateness.${job.lateness}`)}
            </Badge>
          </Group>
        </Group>
        <Text c="dark.6">
          {job.orderNumber}
          {job.model ? ` · ${job.model}` : ''} · {t('myJobs.sold', { hours: job.soldHours.toFixed(2) })}
          {job.promisedDeliveryAt ? ` · ${t('dispatch.promised', { time: formatZonedTime(job.promisedDeliveryAt, zone) })}` : ''}
        </Text>
        <Text c="dark.6" data-testid="my-job-plan">
          {job.plannedStart && job.plannedEnd
            ? t('myJobs.planned', { from: formatZonedTime(job.plannedStart, zone), to: formatZonedTime(job.plannedEnd, zone), bay: job.bayCode ?? '' })
            : t('myJobs.unplanned')}
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          {onClock && (
            <Button {...BIG} color="teal" disabled={busy} onClick={onClockOn} data-testid="clock-on">
              {job.status === 'PAUSED' || job.status === 'IN_PROGRESS' ? t('myJobs.resume') : t('myJobs.clockOn')}
            </Button>
          )}
          {job.availableActions.includes('finish') && (
            <Button {...BIG} color="indigo" variant="light" disabled={busy} onClick={onFinish} data-testid="finish">
              {t('myJobs.finish')}
            </Button>
          )}
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

function PauseDialog({ busy, error, onClose, onPause }: { busy: boolean; error: unknown; onClose: () => void; onPause: (reason: PauseReason, note: string | null) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<PauseReason>('WAITING_PARTS');
  const [note, setNote] = useState('');
  return (
    <Modal opened onClose={onClose} title={t('myJobs.pauseTitle')} size="md">
      <Stack gap="md">
        <SegmentedControl fullWidth orientation="vertical" size="lg" data={PAUSE_REASONS.map((r) => ({ value: r, label: t(`dispatch.pauseReasons.${r}`) }))} value={reason} onChange={(v) => setReason(v as PauseReason)} data-testid="pause-reason" />
        <Textarea label={t('myJobs.note')} placeholder={t('myJobs.notePlaceholder')} size="md" value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={300} data-testid="pause-note" />
        <ProblemAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" mih={44} onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="orange" mih={44} loading={busy} onClick={() => onPause(reason, note.trim() || null)} data-testid="pause-confirm">
            {t('myJobs.confirmPause')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
