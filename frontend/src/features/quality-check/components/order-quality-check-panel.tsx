import { Alert, Anchor, Badge, Button, Card, Checkbox, Group, NativeSelect, Skeleton, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { isApiError } from '@/lib/problem';
import { formatDateTime } from '@/components/format';
import type { OldPartDisposition, OrderQualityCheck } from '@/lib/api-types';
import { useFindingsSignature, useInternalHandover, useOrderQc, useRecordOldParts, useSignFindings } from '../api/quality-check';
import { SignatureField } from './signature-field';

const DISPOSITIONS: OldPartDisposition[] = ['KEPT_FOR_CUSTOMER', 'WARRANTY_RETURN', 'DISCARDED_AT_CUSTOMER_REQUEST'];

/**
 * The order's quality check and internal hand-over (R-QC-1..4, R-REP-5): its jobs' checks, the old
 * part of each replaced part, the advisor's signature under what was found and not fixed, and the
 * car cleaned and parked: then it is ready for delivery and the advisor has a task.
 */
export function OrderQualityCheckPanel({ store, orderId, zone, canSign, canHandOver }: { store: string; orderId: string; zone: string; canSign: boolean; canHandOver: boolean }) {
  const { t } = useTranslation();
  const qc = useOrderQc(store, orderId);
  if (qc.isPending) return <Skeleton h={120} />;
  if (qc.error) return <ErrorState error={qc.error} onRetry={() => void qc.refetch()} />;
  const v = qc.data;
  const open = v.status === 'IN_PROGRESS' || v.status === 'QUALITY_CHECK' || v.status === 'OPEN';
  return (
    <Stack gap="md" component="section" aria-labelledby="order-qc" data-testid="order-qc" data-missing={v.missing.join(' ')}>
      <Title order={2} fz={20} id="order-qc">
        {t('qc.orderTitle')}
      </Title>
      <Table verticalSpacing="xs">
        <Table.Tbody>
          {v.jobs.map((j) => (
            <Table.Tr key={j.jobId} data-testid="order-qc-job">
              <Table.Td>
                <Link to={`/quality-check/jobs/${j.jobId}`} className="touch-link">
                  {j.description}
                </Link>
              </Table.Td>
              <Table.Td>
                <Badge>{t(`dispatch.statuses.${j.status}`)}</Badge>
              </Table.Td>
              <Table.Td>{j.inspectionRequired ? t('qc.inspectionRequired') : t('qc.selfCheckOnly')}</Table.Td>
              <Table.Td>{j.reworkCount > 0 ? t('qc.reworkCount', { count: j.reworkCount }) : ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {v.replacedParts.length > 0 && <OldParts store={store} v={v} editable={open && canHandOver} />}
      {v.foundNotFixed.length > 0 && <Findings store={store} v={v} zone={zone} canSign={open && canSign} />}
      {v.status === 'READY_FOR_DELIVERY' && v.readyAt ? (
        <Alert color="green" role="status" data-testid="order-qc-ready">
          {t('qc.readyAt', { time: formatDateTime(v.readyAt, zone), spot: v.parkingSpot ?? '', by: v.readyBy ?? '' })}
          {v.briefingNote ? ` — ${v.briefingNote}` : ''}
        </Alert>
      ) : (
        v.status === 'QUALITY_CHECK' && canHandOver && <Handover store={store} v={v} />
      )}
    </Stack>
  );
}

function OldParts({ store, v, editable }: { store: string; v: OrderQualityCheck; editable: boolean }) {
  const { t } = useTranslation();
  const record = useRecordOldParts(store, v.repairOrderId);
  const [draft, setDraft] = useState<Record<string, { disposition: OldPartDisposition | null; location: string; note: string }>>({});
  const row = (lineId: string) => draft[lineId] ?? { disposition: v.replacedParts.find((p) => p.lineId === lineId)?.disposition ?? null, location: '', note: '' };
  const entries = Object.entries(draft).filter(([, d]) => d.disposition);
  return (
    <Stack gap="xs" data-testid="old-parts">
      <Text fw={700}>{t('qc.oldParts')}</Text>
      {v.replacedParts.map((p) => (
        <Card key={p.lineId} withBorder padding="sm" data-testid="old-part">
          <Text>
            {p.description} {p.partNumber ? `· ${p.partNumber}` : ''} · {t(`ro.payTypes.${p.payType}` as 'ro.payTypes.CUSTOMER', { defaultValue: p.payType })}
          </Text>
          {p.disposition && !draft[p.lineId] && (
            <Text c="dark.6" data-testid="old-part-recorded">
              {t(`qc.dispositions.${p.disposition}`)}
              {p.location ? ` · ${p.location}` : ''}
              {p.note ? ` · ${p.note}` : ''}
            </Text>
          )}
          {editable && (
            <Group grow align="flex-end" mt={4}>
              <NativeSelect
                size="md"
                label={t('qc.disposition')}
                data={[{ value: '', label: '—' }, ...DISPOSITIONS.filter((d) => d !== 'WARRANTY_RETURN' || p.payType === 'WARRANTY').map((d) => ({ value: d, label: t(`qc.dispositions.${d}`) }))]}
                value={row(p.lineId).disposition ?? ''}
                onChange={(e) => {
                  const d = e.currentTarget.value;
                  setDraft({ ...draft, [p.lineId]: { ...row(p.lineId), disposition: d === '' ? null : (d as OldPartDisposition) } });
                }}
                data-testid="old-part-disposition"
              />
              <TextInput
                size="md"
                label={row(p.lineId).disposition === 'DISCARDED_AT_CUSTOMER_REQUEST' ? t('qc.customerSaid') : t('qc.location')}
                value={row(p.lineId).disposition === 'DISCARDED_AT_CUSTOMER_REQUEST' ? row(p.lineId).note : row(p.lineId).location}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  const r = row(p.lineId);
                  setDraft({ ...draft, [p.lineId]: r.disposition === 'DISCARDED_AT_CUSTOMER_REQUEST' ? { ...r, note: value } : { ...r, location: value } });
                }}
                data-testid="old-part-location"
              />
            </Group>
          )}
        </Card>
      ))}
      <ProblemAlert error={record.error} extraViolations={isApiError(record.error) ? record.error.violations : []} />
      {editable && entries.length > 0 && (
        <Group>
          <Button
            size="md"
            h={44}
            loading={record.isPending}
            onClick={() =>
              record.mutate(
                entries.map(([lineId, d]) => ({ lineId, disposition: d.disposition as OldPartDisposition, location: d.location.trim() || null, note: d.note.trim() || null })),
                { onSuccess: () => setDraft({}) },
              )
            }
            data-testid="old-parts-save"
          >
            {t('qc.saveOldParts')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function Findings({ store, v, zone, canSign }: { store: string; v: OrderQualityCheck; zone: string; canSign: boolean }) {
  const { t } = useTranslation();
  const sign = useSignFindings(store, v.repairOrderId);
  const [png, setPng] = useState<string | null>(null);
  return (
    <Stack gap="xs" data-testid="qc-findings">
      <Text fw={700}>{t('qc.foundNotFixed')}</Text>
      {v.foundNotFixed.map((f) => (
        <Text key={f.id}>
          {f.safetyCritical && (
            <Badge color="red" mr={6}>
              {t('qc.safety')}
            </Badge>
          )}
          {f.description}
        </Text>
      ))}
      {v.findingsSignedAt ? (
        <>
          <Text c="green.9" data-testid="findings-signed">
            {t('qc.findingsSigned', { by: v.findingsSignedBy ?? '', time: formatDateTime(v.findingsSignedAt, zone) })}
          </Text>
          <FindingsSignature store={store} v={v} />
        </>
      ) : (
        canSign && (
          <>
            <SignatureField label={t('qc.advisorSignature')} onChange={setPng} />
            <ProblemAlert error={sign.error} extraViolations={isApiError(sign.error) ? sign.error.violations : []} />
            <Group>
              <Button size="md" h={44} disabled={!png} loading={sign.isPending} onClick={() => png && sign.mutate(png)} data-testid="findings-sign">
                {t('qc.signFindings')}
              </Button>
            </Group>
          </>
        )
      )}
    </Stack>
  );
}

/** The signed image under the list, and the PNG to keep with the file or show in a dispute. */
function FindingsSignature({ store, v }: { store: string; v: OrderQualityCheck }) {
  const { t } = useTranslation();
  const image = useFindingsSignature(store, v.repairOrderId, v.findingsSignedAt ?? null);
  const url = useMemo(() => (image.data ? URL.createObjectURL(image.data) : null), [image.data]);
  useEffect(() => () => {
    if (url) URL.revokeObjectURL(url);
  }, [url]);
  if (image.error) return <ErrorState error={image.error} onRetry={() => void image.refetch()} />;
  if (!url) return null;
  return (
    <Group gap="md" align="center">
      <img src={url} alt={t('qc.advisorSignature')} className="qc-signature" data-testid="findings-signature-image" />
      <Anchor href={url} download={`found-not-fixed-${v.orderNumber}.png`} className="touch-link" data-testid="findings-signature-download">
        {t('qc.downloadSignature')}
      </Anchor>
    </Group>
  );
}

function Handover({ store, v }: { store: string; v: OrderQualityCheck }) {
  const { t } = useTranslation();
  const send = useInternalHandover(store, v.repairOrderId);
  const [cleaned, setCleaned] = useState(false);
  const [spot, setSpot] = useState('');
  const [note, setNote] = useState('');
  return (
    <Card withBorder padding="md" data-testid="internal-handover">
      <Stack gap="sm">
        <Text fw={700}>{t('qc.handoverTitle')}</Text>
        {v.missing.length > 0 && (
          <Alert color="orange" data-testid="handover-missing">
            {t('qc.stillMissing')} {v.missing.map((m) => t(`qc.missing.${m}` as 'qc.missing.JOBS_NOT_PASSED', { defaultValue: m })).join('，')}
          </Alert>
        )}
        <Checkbox size="lg" mih={44} label={t('qc.cleaned')} checked={cleaned} onChange={(e) => setCleaned(e.currentTarget.checked)} data-testid="handover-cleaned" />
        <TextInput size="md" label={t('qc.parkingSpot')} required value={spot} onChange={(e) => setSpot(e.currentTarget.value)} maxLength={40} data-testid="handover-spot" />
        <Textarea size="md" label={t('qc.briefing')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={1000} autosize minRows={1} data-testid="handover-note" />
        <ProblemAlert error={send.error} extraViolations={isApiError(send.error) ? send.error.violations : []} />
        <Group>
          <Button
            size="lg"
            mih={48}
            color="green"
            disabled={v.missing.length > 0 || !cleaned || !spot.trim()}
            loading={send.isPending}
            onClick={() => send.mutate({ version: v.version, body: { cleaned, parkingSpot: spot.trim(), briefingNote: note.trim() || null } })}
            data-testid="handover-submit"
          >
            {t('qc.readyForDelivery')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
