import { Button, Checkbox, Group, Modal, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import type { AssignJobRequest, BoardJob, JobBoard } from '@/lib/api-types';
import { minutesToTime, timeToMinutes } from '@/lib/zoned-time';
import { toRequest, type DraftPlan } from '../utils/timeline';

type Props = {
  job: BoardJob;
  board: JobBoard;
  draft: DraftPlan;
  busy: boolean;
  error: unknown;
  onSubmit: (request: AssignJobRequest) => void;
  onClose: () => void;
};

/**
 * The keyboard (and second-step) way to dispatch: technician, bay and time for the job. Technicians
 * without the job's skill and bays of another type are listed but cannot be picked (R-REP-1); the
 * server has the last word and its problem is shown here.
 */
export function AssignDialog({ job, board, draft, busy, error, onSubmit, onClose }: Props) {
  const { t } = useTranslation();
  const [technicianId, setTechnicianId] = useState(draft.technicianId ?? '');
  const [bayId, setBayId] = useState(draft.bayId ?? '');
  // R-REP-1: helpers who work the job with the lead (each clocks on as themselves; the sold hours split equally).
  const [helperIds, setHelperIds] = useState<string[]>((job.crew ?? []).filter((m) => !m.lead).map((m) => m.technicianId));
  const [start, setStart] = useState(minutesToTime(draft.start));
  const [end, setEnd] = useState(minutesToTime(draft.start + draft.duration));
  const technicians = board.technicians.map((x) => {
    const fits = !job.requiredSkill || x.skills.includes(job.requiredSkill);
    const away = x.leave != null || x.shiftStart == null;
    return { value: x.id, label: `${x.name}${fits ? '' : ` (${t('dispatch.needs', { what: job.requiredSkill ?? '' })})`}${away ? ` · ${x.leave ? t('dispatch.onLeave', { reason: x.leave }) : t('dispatch.dayOff')}` : ''}`, disabled: !fits || away };
  });
  const bays = board.bays.map((b) => ({ value: b.id, label: `${b.code} ${b.name}`, disabled: job.requiredBayType != null && b.bayType !== job.requiredBayType }));
  const from = timeToMinutes(start);
  const to = timeToMinutes(end);
  const plan = to > from ? toRequest({ technicianId: technicianId || null, bayId: bayId || null, start: from, duration: to - from }, board.day, board.timeZone) : null;
  const helpers = helperIds.filter((id) => id !== technicianId);
  const request: AssignJobRequest | null = plan ? { ...plan, helpers: helpers.map((id) => ({ technicianId: id })) } : null;
  return (
    <Modal opened onClose={onClose} title={t('dispatch.assignTitle', { job: job.description })} size="lg">
      <Stack gap="md">
        <Text c="dark.6">
          {job.orderNumber} · {job.plate ?? ''} · {t('dispatch.needs', { what: [job.requiredSkill ?? t('dispatch.anyone'), job.requiredBayType].filter(Boolean).join(' · ') })}
        </Text>
        <NativeSelect
          label={t('dispatch.technician')}
          size="md"
          data={[{ value: '', label: '—' }, ...technicians]}
          value={technicianId}
          onChange={(e) => setTechnicianId(e.currentTarget.value)}
          data-testid="assign-technician"
        />
        <Checkbox.Group label={t('dispatch.helpers')} description={t('dispatch.helpersHint')} value={helpers} onChange={setHelperIds} data-testid="assign-helpers">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={4} mt={4}>
            {technicians
              .filter((x) => x.value !== technicianId)
              .map((x) => {
                const away = board.technicians.find((b) => b.id === x.value);
                const off = !away || away.leave != null || away.shiftStart == null;
                return (
                  <Checkbox
                    key={x.value}
                    value={x.value}
                    label={board.technicians.find((b) => b.id === x.value)?.name ?? x.label}
                    disabled={off}
                    size="md"
                    styles={{ root: { minHeight: 44, display: 'flex', alignItems: 'center' } }}
                  />
                );
              })}
          </SimpleGrid>
        </Checkbox.Group>
        <NativeSelect label={t('dispatch.bay')} size="md" data={[{ value: '', label: '—' }, ...bays]} value={bayId} onChange={(e) => setBayId(e.currentTarget.value)} data-testid="assign-bay" />
        <Group grow>
          <TextInput type="time" step={900} size="md" label={t('dispatch.start')} value={start} onChange={(e) => setStart(e.currentTarget.value)} data-testid="assign-start" />
          <TextInput type="time" step={900} size="md" label={t('dispatch.end')} value={end} onChange={(e) => setEnd(e.currentTarget.value)} data-testid="assign-end" />
        </Group>
        <ProblemAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" mih={44} onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button mih={44} disabled={!request} loading={busy} onClick={() => request && onSubmit(request)} data-testid="assign-confirm">
            {t('dispatch.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
