import { Button, Checkbox, CloseButton, Group, NumberInput, Paper, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import type { PartGrade, Requirement, SupplementaryItem, SupplementaryItemInput } from '@/lib/api-types';
import { useIdempotencyKey } from '@/lib/idempotency';
import { useReportSupplementaryItem } from '../api/report-supplementary-item';

type Line =
  | { kind: 'JOB'; description: string; hours: number | string }
  | { kind: 'PART'; description: string; partNumber: string; quantity: number | string; unitPrice: number | string; grade: PartGrade };

const job = (): Line => ({ kind: 'JOB', description: '', hours: 0.5 });
const part = (): Line => ({ kind: 'PART', description: '', partNumber: '', quantity: 1, unitPrice: '', grade: 'OEM' });

function complete(l: Line): boolean {
  if (l.description.trim() === '') return false;
  if (l.kind === 'JOB') return Number(l.hours) > 0;
  return l.partNumber.trim() !== '' && Number(l.quantity) > 0 && l.unitPrice !== '' && Number(l.unitPrice) >= 0;
}

function toInput(l: Line): SupplementaryItemInput['lines'][number] {
  return l.kind === 'JOB'
    ? { kind: 'JOB', payType: 'CUSTOMER', description: l.description.trim(), hours: Number(l.hours) }
    : { kind: 'PART', payType: 'CUSTOMER', description: l.description.trim(), partNumber: l.partNumber.trim(), quantity: Number(l.quantity),
        unitPrice: Number(l.unitPrice), supplier: 'DEALER', grade: l.grade, criticalSystem: false };
}

/** Previews of the chosen photos (object URLs, revoked when they go). */
function Previews({ files, onRemove }: { files: File[]; onRemove: (i: number) => void }) {
  const { t } = useTranslation();
  const urls = useMemo(() => files.map((f) => URL.createObjectURL(f)), [files]);
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls]);
  return (
    <Group gap="xs">
      {urls.map((u, i) => (
        <div key={u} className="finding-photo">
          <img src={u} alt={`${t('approval.photos')} ${i + 1}`} />
          <CloseButton size="lg" aria-label={t('approval.removePhoto')} onClick={() => onRemove(i)} />
        </div>
      ))}
    </Group>
  );
}

/**
 * R-REP-3: the technician reports a finding from the phone: what, photos from the camera, the
 * proposed labour and parts (priced by the server like estimate lines), the added time, whether it
 * is safety-critical and recommended or required. The advisor is alerted at once.
 */
export function ReportFindingForm({ store, orderId, onReported }: { store: string; orderId: string; onReported: (item: SupplementaryItem) => void }) {
  const { t } = useTranslation();
  const report = useReportSupplementaryItem(store, orderId);
  const { keyFor, reset } = useIdempotencyKey();
  const camera = useRef<HTMLInputElement>(null);
  const [description, setDescription] = useState('');
  const [photos, setPhotos] = useState<File[]>([]);
  const [lines, setLines] = useState<Line[]>([job()]);
  const [minutes, setMinutes] = useState<number | string>(30);
  const [safety, setSafety] = useState(false);
  const [requirement, setRequirement] = useState<Requirement>('RECOMMENDED');
  const ready = description.trim() !== '' && lines.length > 0 && lines.every(complete) && Number(minutes) >= 0;
  const update = (i: number, patch: Partial<Line>) => setLines((ls) => ls.map((l, n) => (n === i ? ({ ...l, ...patch } as Line) : l)));
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!ready) return;
        const item: SupplementaryItemInput = { description: description.trim(), lines: lines.map(toInput), extraMinutes: Number(minutes), safetyCritical: safety, requirement };
        report.mutate({ item, photos, key: keyFor(item) }, { onSuccess: (r) => { reset(); onReported(r); } });
      }}
      data-testid="report-finding"
    >
      <Stack gap="md">
        <Textarea size="md" label={t('approval.description')} placeholder={t('approval.descriptionPlaceholder')} required maxLength={500} autosize minRows={2}
          value={description} onChange={(e) => setDescription(e.currentTarget.value)} data-testid="finding-text" />
        <Stack gap="xs">
          <Text fw={600}>{t('approval.photos')}</Text>
          <input ref={camera} type="file" accept="image/*" capture="environment" multiple hidden data-testid="camera-input"
            onChange={(e) => {
              const chosen = Array.from(e.currentTarget.files ?? []);
              setPhotos((p) => [...p, ...chosen].slice(0, 10));
              e.currentTarget.value = '';
            }} />
          <Group>
            <Button size="md" h={48} variant="light" onClick={() => camera.current?.click()}>
              {t('approval.takePhoto')}
            </Button>
            {photos.length > 0 && <Text c="dimmed">{t('approval.photoCount', { count: photos.length })}</Text>}
          </Group>
          <Previews files={photos} onRemove={(i) => setPhotos((p) => p.filter((_, n) => n !== i))} />
        </Stack>
        <Stack gap="xs">
          <Text fw={600}>{t('approval.lines')}</Text>
          {lines.map((l, i) => (
            <Paper key={i} withBorder p="sm" radius="md" data-testid={`line-${i}`}>
              <Stack gap="xs">
                <Group justify="space-between">
                  <Text fw={600}>{l.kind === 'JOB' ? t('approval.jobDescription') : t('approval.partDescription')}</Text>
                  <CloseButton size="lg" aria-label={t('approval.removeLine')} onClick={() => setLines((ls) => ls.filter((_, n) => n !== i))} />
                </Group>
                <TextInput size="md" aria-label={l.kind === 'JOB' ? t('approval.jobDescription') : t('approval.partDescription')} value={l.description}
                  maxLength={300} onChange={(e) => update(i, { description: e.currentTarget.value })} data-testid={`line-${i}-description`} />
                {l.kind === 'JOB' ? (
                  <NumberInput size="md" label={t('approval.hours')} min={0.1} max={999} step={0.1} decimalScale={2} value={l.hours}
                    onChange={(v) => update(i, { hours: v })} data-testid={`line-${i}-hours`} />
                ) : (
                  <Group grow wrap="wrap">
                    <TextInput size="md" label={t('approval.partNumber')} value={l.partNumber} maxLength={40} onChange={(e) => update(i, { partNumber: e.currentTarget.value })} data-testid={`line-${i}-part-number`} />
                    <NumberInput size="md" label={t('approval.quantity')} min={0.01} decimalScale={2} value={l.quantity} onChange={(v) => update(i, { quantity: v })} />
                    <NumberInput size="md" label={t('approval.unitPrice')} min={0} decimalScale={2} value={l.unitPrice} onChange={(v) => update(i, { unitPrice: v })} data-testid={`line-${i}-price`} />
                    <SegmentedControl size="md" value={l.grade} onChange={(v) => update(i, { grade: v as PartGrade })} aria-label={t('approval.grade')}
                      data={(['OEM', 'AFTERMARKET'] as const).map((g) => ({ value: g, label: t(`approval.grades.${g}`) }))} />
                  </Group>
                )}
              </Stack>
            </Paper>
          ))}
          <Group>
            <Button size="md" h={44} variant="default" onClick={() => setLines((ls) => [...ls, job()])} data-testid="add-job">
              {t('approval.addJob')}
            </Button>
            <Button size="md" h={44} variant="default" onClick={() => setLines((ls) => [...ls, part()])} data-testid="add-part">
              {t('approval.addPart')}
            </Button>
          </Group>
          {lines.length === 0 && <Text c="orange.8">{t('approval.needLine')}</Text>}
        </Stack>
        <NumberInput size="md" label={t('approval.extraMinutes')} min={0} max={10080} step={15} value={minutes} onChange={setMinutes} data-testid="extra-minutes" />
        <Checkbox size="lg" label={t('approval.safetyCritical')} checked={safety} onChange={(e) => setSafety(e.currentTarget.checked)} data-testid="safety-critical" />
        <SegmentedControl size="md" value={requirement} onChange={(v) => setRequirement(v as Requirement)} aria-label={t('approval.requirement')} fullWidth
          data={(['RECOMMENDED', 'REQUIRED'] as const).map((r) => ({ value: r, label: t(`approval.requirements.${r}`) }))} />
        {report.error && <ProblemAlert error={report.error} />}
        <Button type="submit" size="lg" h={56} disabled={!ready} loading={report.isPending} data-testid="submit-finding">
          {t('approval.submit')}
        </Button>
      </Stack>
    </form>
  );
}
