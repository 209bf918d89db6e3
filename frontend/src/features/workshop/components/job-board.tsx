import {
  DndContext,
  KeyboardSensor,
  MouseSensor,
  pointerWithin,
  rectIntersection,
  TouchSensor,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
} from '@dnd-kit/core';
import { Alert, Badge, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { currentLanguage } from '@/i18n';
import type { AssignJobRequest, BoardJob, JobStatus, Lateness } from '@/lib/api-types';
import { addDays, formatDay, localMinutes, minutesToTime } from '@/lib/zoned-time';
import { useAssignJob, useUnassignJob } from '../api/assign-job';
import { useJobBoard } from '../api/get-board';
import {
  dayWindow,
  draftPlan,
  dropStartMinutes,
  hourTicks,
  LATENESS_COLOR,
  laneJobs,
  percent,
  placement,
  plannedMinutes,
  queueJobs,
  STATUS_COLOR,
  toRequest,
  type DraftPlan,
  type Lane,
} from '../utils/timeline';
import { AssignDialog } from './assign-dialog';
import { JobCard } from './job-card';
import '../workshop.css';

type View = 'bay' | 'technician';
const QUEUE = 'queue';
/** The row under the finger or pointer; with the keyboard (no pointer) the row the card overlaps most. */
const underPointer: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length > 0 ? hits : rectIntersection(args);
};
const laneId = (lane: Lane) => `${lane.kind}:${lane.id}`;

function parseLane(id: string): Lane | null {
  const [kind, rest] = [id.slice(0, id.indexOf(':')), id.slice(id.indexOf(':') + 1)];
  return kind === 'bay' || kind === 'technician' ? { kind, id: rest } : null;
}

/**
 * The foreman's board (R-REP-1): today's timeline by bay or by technician. A card dragged onto a
 * row is planned there at the time under its left edge (by mouse, touch or keyboard); when the row
 * leaves the technician or bay open, a dialog asks for it. A refused move shows the server's
 * problem (skill, bay type, shift, double booking) and the board is read again.
 */
export function JobBoard({ store, canDispatch }: { store: string; canDispatch: boolean }) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('bay');
  const [day, setDay] = useState<string | null>(null);
  const board = useJobBoard(store, day);
  const assign = useAssignJob(store);
  const unassign = useUnassignJob(store);
  const [dialog, setDialog] = useState<{ job: BoardJob; draft: DraftPlan } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 8 } }),
    // On a tablet a short press scrolls; holding the card picks it up.
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor),
  );

  if (board.isPending) return <LoadingState />;
  if (board.error) return <ErrorState error={board.error} onRetry={() => void board.refetch()} />;
  const data = board.data;
  const zone = data.timeZone;
  const window = dayWindow(data.technicians);
  const lanes: { lane: Lane; title: string; meta: ReactNode }[] =
    view === 'bay'
      ? data.bays.map((b) => ({ lane: { kind: 'bay', id: b.id }, title: `${b.code} ${b.name}`, meta: <Text fz="xs">{b.bayType}</Text> }))
      : data.technicians.map((x) => ({
          lane: { kind: 'technician', id: x.id },
          title: x.name,
          meta: (
            <Stack gap={0}>
              <Text fz="xs">
                {x.leave ? t('dispatch.onLeave', { reason: x.leave }) : x.shiftStart && x.shiftEnd ? t('dispatch.shift', { from: x.shiftStart.slice(0, 5), to: x.shiftEnd.slice(0, 5) }) : t('dispatch.dayOff')}
              </Text>
              <Text fz="xs" className="tabular" data-testid="technician-hours">
                {t('dispatch.efficiency')} {percent(x.hours.efficiency)} · {t('dispatch.productivity')} {percent(x.hours.productivity)}
              </Text>
            </Stack>
          ),
        }));
  const laneName = (id: string | number | undefined) => {
    if (id === QUEUE) return t('dispatch.queue');
    return lanes.find((l) => laneId(l.lane) === id)?.title ?? '';
  };
  const jobName = (id: string | number) => data.jobs.find((j) => j.id === id)?.description ?? '';
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('dispatch.dragStart', { job: jobName(active.id) }),
    onDragOver: ({ active, over }) => (over ? t('dispatch.dragOver', { job: jobName(active.id), lane: laneName(over.id) }) : undefined),
    onDragEnd: ({ active, over }) => (over ? t('dispatch.dragEnd', { job: jobName(active.id), lane: laneName(over.id) }) : t('dispatch.dragCancel', { job: jobName(active.id) })),
    onDragCancel: ({ active }) => t('dispatch.dragCancel', { job: jobName(active.id) }),
  };

  const submit = (job: BoardJob, plan: AssignJobRequest) => {
    setFailure(null);
    assign.mutate(
      { job, plan },
      {
        onSuccess: () => {
          setDialog(null);
          notifications.show({ color: 'green', message: t('dispatch.assigned', { job: job.description }) });
        },
        onError: (error) => setFailure(error),
      },
    );
  };
  const onDragEnd = (e: DragEndEvent) => {
    const job = (e.active.data.current as { job?: BoardJob } | undefined)?.job;
    if (!job || !e.over) return;
    if (e.over.id === QUEUE) {
      if (!job.availableActions.includes('unassign')) return;
      setFailure(null);
      unassign.mutate(job, {
        onSuccess: () => notifications.show({ color: 'green', message: t('dispatch.unassigned', { job: job.description }) }),
        onError: (error) => setFailure(error),
      });
      return;
    }
    const lane = parseLane(String(e.over.id));
    const card = e.active.rect.current.translated;
    if (!lane || !card) return;
    const start = dropStartMinutes(card.left, e.over.rect.left, e.over.rect.width, window, plannedMinutes(job));
    const draft = draftPlan(job, lane, start);
    const request = toRequest(draft, data.day, zone);
    if (request) submit(job, request);
    else setDialog({ job, draft });
  };
  const openDialog = (job: BoardJob) => {
    setFailure(null);
    const start = job.plannedStart ? Math.max(window.from, Math.min(window.to, localMinutes(job.plannedStart, zone))) : window.from;
    setDialog({ job, draft: { technicianId: job.technicianId ?? null, bayId: job.bayId ?? null, start, duration: plannedMinutes(job) } });
  };
  const movable = (j: BoardJob) => canDispatch && j.availableActions.includes('assign');
  const queue = queueJobs(data);

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <SegmentedControl
          aria-label={t('dispatch.view')}
          size="md"
          data={[
            { value: 'bay', label: t('dispatch.byBay') },
            { value: 'technician', label: t('dispatch.byTechnician') },
          ]}
          value={view}
          onChange={(v) => setView(v as View)}
          data-testid="board-view"
        />
        <Group gap="xs" role="group" aria-label={t('dispatch.day')}>
          <Button variant="default" mih={44} onClick={() => setDay(addDays(data.day, -1))} aria-label="‹" data-testid="day-prev">
            ‹
          </Button>
          <Text fw={700} data-testid="board-day">
            {formatDay(data.day, currentLanguage())}
          </Text>
          <Button variant="default" mih={44} onClick={() => setDay(addDays(data.day, 1))} aria-label="›" data-testid="day-next">
            ›
          </Button>
          <Button variant="light" mih={44} onClick={() => setDay(null)}>
            {t('dispatch.today')}
          </Button>
        </Group>
      </Group>
      {!canDispatch && (
        <Alert color="gray" variant="light">
          {t('dispatch.readOnly')}
        </Alert>
      )}
      <Legend />
      {failure != null && (
        <div data-testid="board-problem">
          <ProblemAlert error={failure} />
        </div>
      )}
      <DndContext sensors={sensors} collisionDetection={underPointer} onDragEnd={onDragEnd} accessibility={{ announcements, screenReaderInstructions: { draggable: t('dispatch.dragHint') } }}>
        <QueueLane movable={canDispatch}>
          <Text fw={700}>
            {t('dispatch.queue')} <Badge variant="light">{queue.length}</Badge>
          </Text>
          {canDispatch && queue.length > 0 && <Text fz="sm" c="dark.6">{t('dispatch.queueHint')}</Text>}
          {data.jobs.length === 0 ? (
            <EmptyState title={t('dispatch.emptyTitle')} description={t('dispatch.emptyBody')} />
          ) : queue.length === 0 ? (
            <Text c="dark.6">{t('dispatch.queueEmpty')}</Text>
          ) : (
            <div className="job-queue" data-testid="job-queue">
              {queue.map((j) => (
                <JobCard key={j.id} job={j} zone={zone} movable={movable(j)} onAssign={openDialog} />
              ))}
            </div>
          )}
        </QueueLane>
        {lanes.length === 0 ? (
          <EmptyState title={t('dispatch.noRows')} />
        ) : (
          // Scrolls sideways over the day: focusable, so a keyboard can scroll it too (axe: scrollable-region-focusable).
          <div className="timeline-scroll" tabIndex={0} role="region" aria-label={t('dispatch.timelineRegion')}>
            <div className="timeline" style={{ minWidth: 200 + ((window.to - window.from) / 60) * 150 }} data-testid="timeline" data-view={view}>
              <div className="timeline-row timeline-scale" aria-hidden>
                <div className="timeline-label" />
                <div className="timeline-track">
                  {hourTicks(window).map((m) => (
                    <span key={m} className="timeline-tick" style={{ left: `${((m - window.from) / (window.to - window.from)) * 100}%` }}>
                      {minutesToTime(m)}
                    </span>
                  ))}
                </div>
              </div>
              {lanes.map(({ lane, title, meta }) => (
                <div key={laneId(lane)} className="timeline-row" data-testid="board-lane" data-lane={laneId(lane)}>
                  <div className="timeline-label">
                    <Text fw={700}>{title}</Text>
                    {meta}
                  </div>
                  <LaneTrack lane={lane} label={t('dispatch.timeline', { lane: title })}>
                    {laneJobs(data, lane).map((j) => {
                      const at = placement(j, data.day, zone, window);
                      return at ? (
                        <JobCard key={j.id} job={j} zone={zone} compact movable={movable(j)} onAssign={openDialog} style={{ position: 'absolute', left: `${at.left}%`, width: `${at.width}%` }} />
                      ) : null;
                    })}
                  </LaneTrack>
                </div>
              ))}
            </div>
          </div>
        )}
      </DndContext>
      {dialog && (
        <AssignDialog
          job={dialog.job}
          board={data}
          draft={dialog.draft}
          busy={assign.isPending}
          error={failure}
          onSubmit={(plan) => submit(dialog.job, plan)}
          onClose={() => {
            setDialog(null);
            setFailure(null);
          }}
        />
      )}
    </Stack>
  );
}

/** What the colours mean: the card's background is its status, its thick left edge the lateness. */
function Legend() {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="wrap" data-testid="board-legend">
      {(Object.keys(STATUS_COLOR) as JobStatus[]).map((s) => (
        <Badge key={s} size="md" color={STATUS_COLOR[s]} variant="light">
          {t(`dispatch.statuses.${s}`)}
        </Badge>
      ))}
      {(Object.keys(LATENESS_COLOR) as Lateness[]).map((l) => (
        <Badge key={l} size="md" color={LATENESS_COLOR[l]} variant="outline" leftSection={<span className="lateness-swatch" style={{ background: `var(--mantine-color-${LATENESS_COLOR[l]}-6)` }} />}>
          {t(`dispatch.lateness.${l}`)}
        </Badge>
      ))}
    </Group>
  );
}

function QueueLane({ movable, children }: { movable: boolean; children: ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id: QUEUE, disabled: !movable });
  return (
    <section ref={setNodeRef} className={`job-queue-lane${isOver ? ' is-over' : ''}`} data-testid="queue-lane">
      {children}
    </section>
  );
}

function LaneTrack({ lane, label, children }: { lane: Lane; label: string; children: ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id: laneId(lane) });
  return (
    <div ref={setNodeRef} className={`timeline-track${isOver ? ' is-over' : ''}`} role="group" aria-label={label}>
      {children}
    </div>
  );
}
