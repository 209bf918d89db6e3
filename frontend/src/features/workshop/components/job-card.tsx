import { useDraggable } from '@dnd-kit/core';
import { Badge, Button, Group, Text } from '@mantine/core';
import { useEffect, useRef, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardJob } from '@/lib/api-types';
import { formatZonedTime } from '@/lib/zoned-time';
import { LATENESS_COLOR, STATUS_COLOR } from '../utils/timeline';

type Props = {
  job: BoardJob;
  zone: string;
  /** The foreman may move it (drag, or the Assign button). */
  movable: boolean;
  onAssign?: (job: BoardJob) => void;
  /** Placed on a timeline: absolute position and width. */
  style?: CSSProperties;
  /** On a timeline the card is as wide as its planned time: only the essentials show. */
  compact?: boolean;
};

/**
 * A job on the board (R-REP-1): order and car, the work, status (and why it is paused), promised
 * time, sold against clocked hours. The background says the status, the thick left edge the
 * lateness (on time / at risk / late). Draggable by pointer, touch and keyboard when movable.
 */
export function JobCard({ job, zone, movable, onAssign, style, compact = false }: Props) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: job.id, data: { job }, disabled: !movable });
  const status = t(`dispatch.statuses.${job.status}`);
  const team = (job.crew ?? []).map((m) => m.name);
  const lateness = t(`dispatch.lateness.${job.lateness}`);
  const promised = job.promisedDeliveryAt ? formatZonedTime(job.promisedDeliveryAt, zone) : null;
  // R-REP-2: the advisor's latest progress check says when the workshop expects to finish.
  const expected = job.expectedCompletionAt ? formatZonedTime(job.expectedCompletionAt, zone) : null;
  const label = [t('dispatch.card', { number: job.orderNumber, plate: job.plate ?? '', job: job.description, status, lateness }),
    team.length > 1 ? t('dispatch.crew', { names: team.join('、') }) : null,
    expected ? t('dispatch.expected', { time: expected }) : null].filter(Boolean).join(' · ');
  // A drag ends with a click on the card; only a click that was no drag opens the assign dialog.
  const dragged = useRef(false);
  useEffect(() => {
    if (isDragging) dragged.current = true;
  }, [isDragging]);
  const onClick = () => {
    if (dragged.current) {
      dragged.current = false;
      return;
    }
    if (movable && compact) onAssign?.(job);
  };
  const moved: CSSProperties = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)`, zIndex: 20 } : {};
  return (
    <div
      ref={setNodeRef}
      className={`job-card${compact ? ' job-card--compact' : ''}${isDragging ? ' job-card--dragging' : ''}`}
      style={{
        ...style,
        ...moved,
        background: `var(--mantine-color-${STATUS_COLOR[job.status]}-0)`,
        borderLeftColor: `var(--mantine-color-${LATENESS_COLOR[job.lateness]}-6)`,
      }}
      data-testid="job-card"
      data-job-id={job.id}
      data-status={job.status}
      data-lateness={job.lateness}
      title={label}
      onClick={onClick}
      {...(movable ? { ...attributes, ...listeners, 'aria-label': label, 'aria-roledescription': t('dispatch.assign') } : {})}
    >
      <Group gap={6} wrap="nowrap" justify="space-between">
        <Text fw={700} fz="sm" truncate="end" className="tabular">
          {job.plate ?? job.orderNumber}
        </Text>
        {job.clockedOn && <span className="clock-dot" aria-label={t('dispatch.clockedOn')} data-testid="clocked-on" />}
      </Group>
      <Text fz="sm" truncate="end">
        {job.description}
      </Text>
      {team.length > 1 && (
        // R-REP-1: a team job names everyone on it, the lead first.
        <Text fz="xs" fw={600} truncate="end" data-testid="job-crew" title={t('dispatch.crew', { names: team.join('、') })}>
          {team.join(' + ')}
        </Text>
      )}
      {!compact && (
        <Text fz="xs" c="dark.6" truncate="end">
          {job.orderNumber}
          {job.model ? ` · ${job.model}` : ''}
        </Text>
      )}
      {compact ? (
        // On the timeline the colours say status and lateness (see the legend); a pause says why.
        <>
          {job.pauseReason && (
            <Text fz="xs" fw={700} c="orange.9" truncate="end" data-testid="job-status">
              {t(`dispatch.pauseReasons.${job.pauseReason}`)}
            </Text>
          )}
          {expected && (
            <Text fz="xs" truncate="end" data-testid="job-expected">
              {t('dispatch.expected', { time: expected })}
            </Text>
          )}
        </>
      ) : (
        <Group gap={4} wrap="wrap" mt={2}>
          <Badge size="sm" color={STATUS_COLOR[job.status]} variant="filled" data-testid="job-status">
            {status}
            {job.pauseReason ? ` · ${t(`dispatch.pauseReasons.${job.pauseReason}`)}` : ''}
          </Badge>
          <Badge size="sm" color={LATENESS_COLOR[job.lateness]} variant="light" data-testid="job-lateness">
            {lateness}
          </Badge>
        </Group>
      )}
      {!compact && (
        <Group gap="xs" mt={2} wrap="wrap">
          {promised && (
            <Text fz="xs" data-testid="job-promised">
              {t('dispatch.promised', { time: promised })}
            </Text>
          )}
          {expected && (
            <Text fz="xs" fw={job.lateness === 'LATE' ? 700 : 400} c={job.lateness === 'LATE' ? 'red.9' : undefined} data-testid="job-expected">
              {t('dispatch.expected', { time: expected })}
            </Text>
          )}
          <Text fz="xs" className="tabular" data-testid="job-hours">
            {t('dispatch.hours', { clocked: job.clockedHours.toFixed(2), sold: job.soldHours.toFixed(2) })}
          </Text>
          {job.pauseNote && (
            <Text fz="xs" c="orange.9">
              {job.pauseNote}
            </Text>
          )}
        </Group>
      )}
      {movable && onAssign && !compact && (
        <Button
          size="sm"
          mih={44}
          mt={4}
          variant="white"
          onPointerDown={(e) => e.stopPropagation()}
          onKeyDown={(e) => e.stopPropagation()}
          onClick={() => onAssign(job)}
          data-testid="job-assign"
        >
          {t('dispatch.assign')}
        </Button>
      )}
    </div>
  );
}
