import { Alert, Badge, Button, Card, Group, NumberInput, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { isApiError } from '@/lib/problem';
import { formatDateTime } from '@/components/format';
import type { QualityCheckJob } from '@/lib/api-types';
import { useChecklists, useInspect, useJobQc, useSelfCheck } from '../api/quality-check';
import { answers, ChecklistFields } from './checklist-fields';
import { SignatureField } from './signature-field';

/**
 * One job's quality check (R-QC-1, R-QC-2, R-REP-6): why it needs (or does not need) an inspector,
 * every round of self-check and inspection, and the form the caller may fill now: the technician's
 * self-check of a finished job, or the inspector's final inspection with the road test.
 */
export function JobQualityCheckView({ store, jobId, zone }: { store: string; jobId: string; zone: string }) {
  const { t } = useTranslation();
  const job = useJobQc(store, jobId);
  if (job.isPending) return <LoadingState />;
  if (job.error) return <ErrorState error={job.error} onRetry={() => void job.refetch()} />;
  const j = job.data;
  return (
    <Stack gap="md" data-testid="job-qc" data-status={j.status}>
      <Card withBorder padding="md" radius="md">
        <Stack gap={6}>
          <Group justify="space-between" wrap="wrap">
            <Title order={2} fz={22}>
              {j.plate ?? j.orderNumber} · {j.description}
            </Title>
            <Badge size="lg" data-testid="job-qc-status">
              {t(`dispatch.statuses.${j.status}`)}
            </Badge>
          </Group>
          <Text>
            <Link to={`/repair-orders/${j.repairOrderId}`}>{j.orderNumber}</Link>
            {j.model ? ` · ${j.model}` : ''}
            {j.technicianName ? ` · ${j.technicianName}` : ''} · {t('qc.soldHours', { hours: j.soldHours.toFixed(2) })}
          </Text>
          <Text data-testid="job-qc-requirement">
            {j.inspectionRequired ? t('qc.inspectionRequired') : t('qc.selfCheckOnly')} — {j.requirementReason}
            {j.roadTestRequired ? ` · ${t('qc.roadTestRequired')}` : ''}
          </Text>
          {j.reworkCount > 0 && (
            <Text c="orange.9" fw={600} data-testid="job-qc-rework">
              {t('qc.reworkCount', { count: j.reworkCount })}
            </Text>
          )}
        </Stack>
      </Card>
      <History job={j} zone={zone} />
      {j.availableActions.includes('self-check') && <SelfCheckForm store={store} job={j} />}
      {j.availableActions.includes('inspect') && <InspectionForm store={store} job={j} />}
    </Stack>
  );
}

function History({ job, zone }: { job: QualityCheckJob; zone: string }) {
  const { t } = useTranslation();
  if (job.selfChecks.length === 0 && job.inspections.length === 0) return <Text c="dark.6">{t('qc.noRounds')}</Text>;
  const rounds = [...new Set([...job.selfChecks.map((s) => s.round), ...job.inspections.map((i) => i.round)])].sort((a, b) => a - b);
  return (
    <Stack gap="xs" data-testid="qc-history">
      {rounds.map((r) => {
        const s = job.selfChecks.find((x) => x.round === r);
        const i = job.inspections.find((x) => x.round === r);
        return (
          <Card key={r} withBorder padding="sm" radius="md" data-testid="qc-round">
            <Text fw={700}>{t('qc.round', { n: r + 1 })}</Text>
            {s && <Text>{t('qc.selfCheckedBy', { name: s.technicianName ?? s.signedBy, time: formatDateTime(s.signedAt, zone) })}</Text>}
            {i && (
              <Text c={i.result === 'PASSED' ? 'green.9' : 'red.9'} data-testid="qc-inspection-result">
                {t(`qc.results.${i.result}`)} · {i.inspectorName ?? i.signedBy} · {formatDateTime(i.signedAt, zone)}
                {i.reason ? ` — ${i.reason}` : ''}
                {i.roadTest ? ` · ${t('qc.roadTestDone', { from: i.roadTest.kmBefore, to: i.roadTest.kmAfter, result: t(`qc.roadResults.${i.roadTest.result}`) })}` : ''}
              </Text>
            )}
          </Card>
        );
      })}
    </Stack>
  );
}

function SelfCheckForm({ store, job }: { store: string; job: QualityCheckJob }) {
  const { t } = useTranslation();
  const lists = useChecklists(store);
  const send = useSelfCheck(store);
  const [checked, setChecked] = useState<Record<string, boolean>>({});
  const [notes, setNotes] = useState('');
  const [png, setPng] = useState<string | null>(null);
  if (lists.isPending) return <LoadingState />;
  if (lists.error) return <ErrorState error={lists.error} onRetry={() => void lists.refetch()} />;
  const points = lists.data.selfCheck;
  const complete = points.every((p) => checked[p]);
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="self-check-title" data-testid="self-check-form">
      <Stack gap="md">
        <Title order={3} fz={20} id="self-check-title">
          {t('qc.selfCheckTitle')}
        </Title>
        <Text c="dark.6">{t('qc.selfCheckIntro')}</Text>
        <ChecklistFields points={points} checked={checked} onChange={setChecked} testId="self-check-points" />
        <Textarea size="md" label={t('qc.notes')} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} maxLength={1000} autosize minRows={2} data-testid="self-check-notes" />
        <SignatureField label={t('qc.technicianSignature')} onChange={setPng} />
        <ProblemAlert error={send.error} extraViolations={isApiError(send.error) ? send.error.violations : []} />
        <Button
          size="lg"
          mih={56}
          disabled={!complete || !png}
          loading={send.isPending}
          onClick={() => png && send.mutate({ jobId: job.jobId, body: { checklist: answers(points, checked), notes: notes.trim() || null, signaturePng: png } })}
          data-testid="self-check-submit"
        >
          {t('qc.signOff')}
        </Button>
        {!complete && <Text c="dark.6">{t('qc.tickEveryPoint')}</Text>}
      </Stack>
    </Card>
  );
}

function InspectionForm({ store, job }: { store: string; job: QualityCheckJob }) {
  const { t } = useTranslation();
  const lists = useChecklists(store);
  const send = useInspect(store);
  const [checked, setChecked] = useState<Record<string, boolean>>({});
  const [result, setResult] = useState<'PASSED' | 'FAILED'>('PASSED');
  const [reason, setReason] = useState('');
  const [kmBefore, setKmBefore] = useState<number | string>(job.odometerKm ?? '');
  const [kmAfter, setKmAfter] = useState<number | string>('');
  const [road, setRoad] = useState<'OK' | 'NOT_OK'>('OK');
  const [roadNotes, setRoadNotes] = useState('');
  const [png, setPng] = useState<string | null>(null);
  if (lists.isPending) return <LoadingState />;
  if (lists.error) return <ErrorState error={lists.error} onRetry={() => void lists.refetch()} />;
  const points = lists.data.finalInspection;
  const roadTested = kmBefore !== '' && kmAfter !== '';
  const submit = () => {
    if (!png) return;
    send.mutate({
      jobId: job.jobId,
      body: {
        result,
        checklist: answers(points, checked),
        reason: result === 'FAILED' ? reason.trim() || null : null,
        roadTest: roadTested ? { kmBefore: Number(kmBefore), kmAfter: Number(kmAfter), result: road, notes: roadNotes.trim() || null } : null,
        signaturePng: png,
      },
    });
  };
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="inspection-title" data-testid="inspection-form">
      <Stack gap="md">
        <Title order={3} fz={20} id="inspection-title">
          {t('qc.inspectionTitle')}
        </Title>
        <ChecklistFields points={points} checked={checked} onChange={setChecked} testId="inspection-points" />
        <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0 }}>
          <Text component="legend" fw={600}>
            {job.roadTestRequired ? t('qc.roadTestRequiredTitle') : t('qc.roadTestTitle')}
          </Text>
          <Group grow align="flex-start">
            <NumberInput size="md" label={t('qc.kmBefore')} value={kmBefore} onChange={setKmBefore} min={0} allowDecimal={false} data-testid="road-km-before" />
            <NumberInput size="md" label={t('qc.kmAfter')} value={kmAfter} onChange={setKmAfter} min={0} allowDecimal={false} data-testid="road-km-after" />
          </Group>
          <SegmentedControl size="md" data={(['OK', 'NOT_OK'] as const).map((v) => ({ value: v, label: t(`qc.roadResults.${v}`) }))} value={road} onChange={(v) => setRoad(v as 'OK' | 'NOT_OK')} data-testid="road-result" />
          <Textarea size="md" label={t('qc.roadNotes')} value={roadNotes} onChange={(e) => setRoadNotes(e.currentTarget.value)} maxLength={1000} autosize minRows={1} />
        </Stack>
        <SegmentedControl
          size="lg"
          fullWidth
          data={(['PASSED', 'FAILED'] as const).map((v) => ({ value: v, label: t(`qc.results.${v}`) }))}
          value={result}
          onChange={(v) => setResult(v as 'PASSED' | 'FAILED')}
          data-testid="inspection-result"
        />
        {result === 'FAILED' && (
          <Textarea size="md" label={t('qc.failReason')} required value={reason} onChange={(e) => setReason(e.currentTarget.value)} maxLength={1000} autosize minRows={2} data-testid="inspection-reason" />
        )}
        <SignatureField label={t('qc.inspectorSignature')} onChange={setPng} />
        <ProblemAlert error={send.error} extraViolations={isApiError(send.error) ? send.error.violations : []} />
        {send.isSuccess && (
          <Alert color="green" role="status">
            {t('qc.saved')}
          </Alert>
        )}
        <Button size="lg" mih={56} color={result === 'FAILED' ? 'red' : 'green'} disabled={!png} loading={send.isPending} onClick={submit} data-testid="inspection-submit">
          {result === 'FAILED' ? t('qc.sendBack') : t('qc.pass')}
        </Button>
      </Stack>
    </Card>
  );
}
