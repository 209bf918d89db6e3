import { Anchor, Badge, Button, Card, Group, NumberInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatMoney } from '@/components/format';
import { LoadMore } from '@/components/load-more';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import type { WarrantyClaim, WarrantyClaimStatus } from '@/lib/api-types';
import { useAcceptClaim, useEditClaim, useRejectClaim, useSubmitClaim, useWarrantyClaims } from '../api/warranty-claims';

const STATUSES: WarrantyClaimStatus[] = ['DRAFT', 'SUBMITTED', 'ACCEPTED', 'REJECTED'];
const COLOR: Record<WarrantyClaimStatus, string> = { DRAFT: 'gray', SUBMITTED: 'blue', ACCEPTED: 'green', REJECTED: 'red' };

/** R-CHK-7: the warranty claims with their transitions: the desk edits and submits, the service manager records the manufacturer's decision. */
export function WarrantyClaims({ store, zone, canSubmit, canDecide }: { store: string; zone: string; canSubmit: boolean; canDecide: boolean }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<WarrantyClaimStatus | 'ALL'>('ALL');
  const claims = useWarrantyClaims(store, status === 'ALL' ? null : status);
  return (
    <Stack gap="sm">
      <SegmentedControl
        value={status}
        onChange={(v) => setStatus(v as WarrantyClaimStatus | 'ALL')}
        data={[{ value: 'ALL', label: t('warranty.all') }, ...STATUSES.map((s) => ({ value: s, label: t(`warranty.status.${s}`) }))]}
        size="md"
      />
      {claims.isPending ? (
        <LoadingState />
      ) : !claims.data ? (
        <ErrorState error={claims.error} onRetry={() => void claims.refetch()} />
      ) : claims.data.length === 0 ? (
        <EmptyState title={t('warranty.empty')} />
      ) : (
        claims.data.map((c) => <ClaimCard key={c.id} store={store} zone={zone} claim={c} canSubmit={canSubmit} canDecide={canDecide} />)
      )}
      {claims.isFetchNextPageError && <ProblemAlert error={claims.error} />}
      <LoadMore hasMore={claims.hasNextPage} loading={claims.isFetchingNextPage} onLoad={() => void claims.fetchNextPage()} />
    </Stack>
  );
}

function ClaimCard({ store, zone, claim: c, canSubmit, canDecide }: { store: string; zone: string; claim: WarrantyClaim; canSubmit: boolean; canDecide: boolean }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" data-testid="warranty-claim">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Text fw={700}>{t('warranty.orderBill', { order: c.orderNumber, bill: c.billNumber ?? '' })}</Text>
          <Group>
            <Text className="tabular">{t('warranty.claimed', { amount: formatMoney(c.claimedAmount) })}</Text>
            {c.paidAmount != null && (
              <Text fw={700} className="tabular">
                {t('warranty.paid', { amount: formatMoney(c.paidAmount) })}
              </Text>
            )}
            <Badge size="lg" color={COLOR[c.status]} data-testid="warranty-status">
              {t(`warranty.status.${c.status}`)}
            </Badge>
          </Group>
        </Group>
        <Text c="dark.6">
          {t('warranty.opCode')}: {c.opCode ?? '—'} · {t('warranty.causalPart')}: {c.causalPart ?? '—'} · {t('warranty.labourHours')}: {c.labourHours ?? '—'}
          {c.claimReference ? ` · ${t('warranty.claimReference')}: ${c.claimReference}` : ''}
        </Text>
        {c.lines.map((l) => (
          <Text key={l.lineId} size="sm">
            {l.code ?? ''} {l.description} · {formatMoney(l.amount)}
          </Text>
        ))}
        {c.photoLinks.length > 0 && (
          <Group gap="sm">
            <Text size="sm">{t('warranty.photos')}:</Text>
            {c.photoLinks.map((p, i) => (
              <Anchor key={p} href={p} target="_blank" rel="noreferrer" size="sm">
                {t('warranty.photo', { n: i + 1 })}
              </Anchor>
            ))}
          </Group>
        )}
        {c.decisionReason && <Text size="sm">{t('warranty.reason')}: {c.decisionReason}</Text>}
        {c.decidedBy && <Text size="sm" c="dark.6">{t('warranty.decision', { by: c.decidedBy, at: formatDateTime(c.decidedAt, zone) })}</Text>}
        {c.availableActions.includes('submit') && canSubmit && <SubmitForm store={store} claim={c} />}
        {c.availableActions.includes('accept') && canDecide && <DecisionForm store={store} claim={c} />}
      </Stack>
    </Card>
  );
}

function SubmitForm({ store, claim }: { store: string; claim: WarrantyClaim }) {
  const { t } = useTranslation();
  const edit = useEditClaim(store);
  const submit = useSubmitClaim(store);
  const [opCode, setOpCode] = useState(claim.opCode ?? '');
  const [causalPart, setCausalPart] = useState(claim.causalPart ?? '');
  const [hours, setHours] = useState<number | string>(claim.labourHours ?? '');
  const [reference, setReference] = useState('');
  const changed = opCode !== (claim.opCode ?? '') || causalPart !== (claim.causalPart ?? '') || String(hours) !== String(claim.labourHours ?? '');
  const send = async () => {
    const current = changed ? await edit.mutateAsync({ claim, opCode: opCode.trim(), causalPart: causalPart.trim(), labourHours: hours === '' ? null : Number(hours) }) : claim;
    await submit.mutateAsync({ claim: current, claimReference: reference.trim() || null });
  };
  return (
    <Stack gap="sm" data-testid="warranty-submit-form">
      <Group grow align="flex-start">
        <TextInput label={t('warranty.opCode')} value={opCode} onChange={(e) => setOpCode(e.currentTarget.value)} size="md" />
        <TextInput label={t('warranty.causalPart')} value={causalPart} onChange={(e) => setCausalPart(e.currentTarget.value)} size="md" />
        <NumberInput label={t('warranty.labourHours')} value={hours} onChange={setHours} decimalScale={2} min={0} size="md" />
        <TextInput label={t('warranty.claimReference')} value={reference} onChange={(e) => setReference(e.currentTarget.value)} size="md" />
      </Group>
      <ProblemAlert error={edit.error ?? submit.error} />
      <Group>
        <Button size="md" h={44} loading={edit.isPending || submit.isPending} onClick={() => void send().catch(() => undefined)} data-testid="warranty-submit">
          {t('warranty.submit')}
        </Button>
      </Group>
    </Stack>
  );
}

function DecisionForm({ store, claim }: { store: string; claim: WarrantyClaim }) {
  const { t } = useTranslation();
  const accept = useAcceptClaim(store);
  const reject = useRejectClaim(store);
  const [paid, setPaid] = useState<number | string>(claim.claimedAmount);
  const [reason, setReason] = useState('');
  return (
    <Stack gap="sm" data-testid="warranty-decision-form">
      <Group grow align="flex-end">
        <NumberInput label={t('warranty.paidAmount')} value={paid} onChange={setPaid} decimalScale={2} min={0} max={claim.claimedAmount} size="md" />
        <Button size="md" h={44} color="green" loading={accept.isPending} onClick={() => accept.mutate({ claim, paidAmount: Number(paid) })} data-testid="warranty-accept">
          {t('warranty.accept')}
        </Button>
      </Group>
      <Group grow align="flex-end">
        <TextInput label={t('warranty.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} size="md" />
        <Button
          size="md"
          h={44}
          color="red"
          variant="light"
          disabled={reason.trim() === ''}
          loading={reject.isPending}
          onClick={() => reject.mutate({ claim, reason: reason.trim() })}
          data-testid="warranty-reject"
        >
          {t('warranty.reject')}
        </Button>
      </Group>
      <ProblemAlert error={accept.error ?? reject.error} />
    </Stack>
  );
}
