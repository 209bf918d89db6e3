import { Badge, Button, Group, Paper, SegmentedControl, Select, Skeleton, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BlobImage } from '@/components/blob-image';
import { formatDateTime, formatMoney } from '@/components/format';
import { EmptyState, ErrorState } from '@/components/page-states';
import { ProblemAlert, useRequestIdLine } from '@/components/problem-alert';
import type { ApprovalSheet, AuthorizerRelation, DecisionChannel, ItemDecision, SupplementaryItem } from '@/lib/api-types';
import { isApiError } from '@/lib/problem';
import { useStoreZone } from '@/lib/store-zone';
import { zonedWallTimeToIso } from '@/lib/zoned-time';
import { useApprovalLinks, useSendApprovalLink } from '../api/approval-links';
import { useApprovalSheet } from '../api/get-approval-sheet';
import { useItemPhotoThumbnail } from '../api/get-item-photo';
import { useSupplementaryItems } from '../api/get-supplementary-items';
import { useRecordDecision } from '../api/record-decision';
import { sheetOutcome, toDecisions, type Choices } from '../utils/sheet-outcome';
import { ItemChoice } from './item-choice';

const SignatureCanvas = lazy(() => import('@/components/signature-canvas'));

const STATUS_COLOR = { AWAITING_DECISION: 'orange', APPROVED: 'green', DECLINED: 'gray' } as const;

/**
 * R-REP-3: the advisor's panel on the order page: every supplementary item with its versions and
 * photos, the customer's decision by one of three channels (on this tablet with a signature, by
 * phone, or by a link with its delivery status), and (composed by the page) the authorization history.
 */
export function ApprovalPanel({ store, orderId, canDecide }: { store: string; orderId: string; canDecide: boolean }) {
  const { t } = useTranslation();
  const items = useSupplementaryItems(store, orderId);
  if (items.isPending) return <Skeleton h={120} />;
  if (items.error) return <ErrorState error={items.error} onRetry={() => void items.refetch()} />;
  const pending = items.data.some((i) => i.status === 'AWAITING_DECISION');
  return (
    <Stack gap="md" component="section" aria-labelledby="approval-panel" data-testid="approval-panel">
      <Title order={2} fz={20} id="approval-panel">
        {t('approval.title')}
      </Title>
      {items.data.length === 0 ? (
        <EmptyState title={t('approval.noItems')} description={t('approval.noItemsBody')} />
      ) : (
        items.data.map((i) => <ItemCard key={i.id} store={store} orderId={orderId} item={i} />)
      )}
      {canDecide && pending && <DecisionChannels store={store} orderId={orderId} />}
      {canDecide && !pending && items.data.length > 0 && <Text c="dimmed">{t('approval.nothingPending')}</Text>}
      {canDecide && items.data.length > 0 && <LinkList store={store} orderId={orderId} />}
    </Stack>
  );
}

function ItemCard({ store, orderId, item }: { store: string; orderId: string; item: SupplementaryItem }) {
  const { t } = useTranslation();
  const zone = useStoreZone();
  const current = item.versions[item.versions.length - 1];
  if (!current) return null;
  return (
    <Paper withBorder p="md" radius="md" data-testid={`supplementary-item-${item.id}`}>
      <Stack gap="xs">
        <Group gap="xs" justify="space-between">
          <Group gap="xs">
            <Text fw={700}>{current.description}</Text>
            {current.safetyCritical && <Badge color="red">{t('orders.safetyBadge')}</Badge>}
            <Badge variant="light">{t(`approval.requirements.${current.requirement}`)}</Badge>
          </Group>
          <Badge color={STATUS_COLOR[item.status]} size="lg" data-testid="item-status">
            {t(`approval.statuses.${item.status}`)}
          </Badge>
        </Group>
        {item.photos.length > 0 && (
          <Group gap="xs">
            {item.photos.map((p) => (
              <ItemPhoto key={p.id} store={store} orderId={orderId} itemId={item.id} photoId={p.id} available={p.thumbnailAvailable} />
            ))}
          </Group>
        )}
        {item.versions.map((v) => (
          <Stack key={v.version} gap={2} opacity={v.version === item.currentVersion ? 1 : 0.7}>
            <Group gap="xs">
              <Badge variant="outline">{t('approval.version', { version: v.version })}</Badge>
              <Text fz="sm" c="dimmed">
                {t('approval.versionBy', { who: v.createdBy, when: formatDateTime(v.createdAt, zone) })}
              </Text>
              {v.decision && <Badge color={v.decision === 'APPROVED' ? 'green' : 'gray'}>{t(`approval.decisions.${v.decision as ItemDecision}`)}</Badge>}
            </Group>
            {v.changeReason && <Text fz="sm">{t('approval.changeReason', { reason: v.changeReason })}</Text>}
            <Text fz="sm">
              {v.lines.map((l) => `${l.description} ${formatMoney(l.amount)}`).join(' · ')}
            </Text>
            <Group gap="md">
              <Text fz="sm" fw={600} className="tabular">
                {t('approval.itemAmount', { amount: formatMoney(v.customerPay) })}
              </Text>
              {v.extraMinutes > 0 && <Text fz="sm">{t('approval.addsTime', { minutes: v.extraMinutes })}</Text>}
            </Group>
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}

function ItemPhoto({ store, orderId, itemId, photoId, available }: { store: string; orderId: string; itemId: string; photoId: string; available: boolean }) {
  const { t } = useTranslation();
  const photo = useItemPhotoThumbnail(store, orderId, itemId, photoId);
  if (!available) return <Badge variant="outline">{t('approval.photos')}</Badge>;
  return <BlobImage blob={photo.data} alt={t('approval.photos')} className="item-photo-thumb" />;
}

function DecisionChannels({ store, orderId }: { store: string; orderId: string }) {
  const { t } = useTranslation();
  const [channel, setChannel] = useState<DecisionChannel>('IN_PERSON');
  const sheet = useApprovalSheet(store, orderId);
  return (
    <Paper withBorder p="md" radius="md" data-testid="decision-channels">
      <Stack gap="md">
        <Title order={3} fz={18}>
          {t('approval.decideTitle')}
        </Title>
        <SegmentedControl size="md" value={channel} onChange={(v) => setChannel(v as DecisionChannel)} fullWidth
          data={(['IN_PERSON', 'PHONE', 'LINK'] as const).map((c) => ({ value: c, label: t(`approval.channels.${c}`) }))} data-testid="decision-channel" />
        {sheet.isPending ? (
          <Skeleton h={160} />
        ) : sheet.error ? (
          <ErrorState error={sheet.error} onRetry={() => void sheet.refetch()} />
        ) : channel === 'LINK' ? (
          <SendLink store={store} orderId={orderId} />
        ) : (
          <RecordDecision key={`${channel}-${sheet.data.sheetHash}`} store={store} orderId={orderId} channel={channel} sheet={sheet.data.sheet} sheetHash={sheet.data.sheetHash} />
        )}
      </Stack>
    </Paper>
  );
}

function RecordDecision({ store, orderId, channel, sheet, sheetHash }: { store: string; orderId: string; channel: 'IN_PERSON' | 'PHONE'; sheet: ApprovalSheet; sheetHash: string }) {
  const { t } = useTranslation();
  const zone = useStoreZone();
  const record = useRecordDecision(store, orderId);
  const requestIdLine = useRequestIdLine();
  const [choices, setChoices] = useState<Choices>({});
  const [signer, setSigner] = useState<string | null>(null);
  const [png, setPng] = useState<string | null>(null);
  const [clear, setClear] = useState(0);
  const [workshopTold, setWorkshopTold] = useState('');
  const [note, setNote] = useState('');
  const [calledAt, setCalledAt] = useState('');
  const [phone, setPhone] = useState('');
  const [relation, setRelation] = useState<AuthorizerRelation>('CUSTOMER');
  const [consentName, setConsentName] = useState<string | null>(null);
  const [words, setWords] = useState('');
  const outcome = sheetOutcome(sheet, choices);
  const decisions = toDecisions(sheet, choices);
  const signerName = signer ?? sheet.customerName;
  const consentBy = consentName ?? sheet.customerName;
  const ready = outcome.undecided === 0 && workshopTold.trim() !== ''
    && (channel === 'IN_PERSON' ? png !== null && signerName.trim() !== '' : phone.trim() !== '' && words.trim() !== '' && consentBy.trim() !== '');
  const submit = () => {
    const done = {
      onSuccess: (r: { approved: number; declined: number }) => notifications.show({ color: 'green', message: t('approval.recorded', { approved: r.approved, declined: r.declined }) }),
      onError: (e: unknown) => {
        if (isApiError(e) && e.code === 'approval-sheet-changed') {
          notifications.show({ color: 'orange', message: [t('approval.sheetChanged'), requestIdLine(e)].filter(Boolean).join(' ') });
        }
      },
    };
    if (channel === 'IN_PERSON' && png) {
      record.mutate({ channel, body: { sheetHash, decisions, signerName: signerName.trim(), signaturePng: png, workshopTold: workshopTold.trim(), note: note.trim() || null } }, done);
    } else if (channel === 'PHONE') {
      const at = (calledAt && zonedWallTimeToIso(calledAt, zone)) || new Date().toISOString();
      record.mutate({ channel, body: { sheetHash, decisions, calledAt: at, phoneNumber: phone.trim(), consentBy: relation, consentGivenBy: consentBy.trim(),
        customerWords: words.trim(), workshopTold: workshopTold.trim() } }, done);
    }
  };
  return (
    <Stack gap="md" data-testid={`record-${channel}`}>
      {sheet.items.map((i, n) => (
        <Stack key={i.itemId} gap={4}>
          <Group justify="space-between">
            <Text fw={600}>{i.description}</Text>
            <Text className="tabular">{formatMoney(i.addsCustomerPay, sheet.currency)}{i.addsMinutes > 0 ? ` · ${t('approval.addsTime', { minutes: i.addsMinutes })}` : ''}</Text>
          </Group>
          <ItemChoice value={choices[i.itemId]} onChange={(d) => setChoices((c) => ({ ...c, [i.itemId]: d }))} name={i.description}
            approveLabel={t('approval.approve')} declineLabel={t('approval.decline')} testId={`decide-${n}`} />
        </Stack>
      ))}
      <Group gap="lg" wrap="wrap" data-testid="decision-outcome">
        <Text>{t('approval.authorizedNow')}: <span className="tabular">{formatMoney(sheet.authorizedTotal, sheet.currency)}</span></Text>
        <Text fw={700}>{t('approval.newTotal')}: <span className="tabular" data-testid="outcome-total">{formatMoney(outcome.total, sheet.currency)}</span></Text>
        <Text>{t('approval.difference')}: <span className="tabular">{formatMoney(outcome.difference, sheet.currency)}</span></Text>
        {outcome.promisedDeliveryAt && <Text>{t('approval.newPromise')}: {formatDateTime(outcome.promisedDeliveryAt, zone)}</Text>}
      </Group>
      {outcome.undecided > 0 && <Text c="orange.8">{t('approval.decideAll')}</Text>}
      {channel === 'IN_PERSON' ? (
        <>
          <TextInput size="md" label={t('approval.signerName')} value={signerName} onChange={(e) => setSigner(e.currentTarget.value)} required maxLength={120} />
          <Suspense fallback={<Skeleton h={200} />}>
            <SignatureCanvas label={t('approval.signArea')} onChange={setPng} clearSignal={clear} />
          </Suspense>
          <Group>
            <Button size="md" h={44} variant="default" onClick={() => setClear((c) => c + 1)}>
              {t('approval.clearSignature')}
            </Button>
          </Group>
          <Textarea size="md" label={t('approval.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={2000} autosize minRows={1} />
        </>
      ) : (
        <>
          <TextInput size="md" type="datetime-local" label={t('approval.calledAt')} value={calledAt} onChange={(e) => setCalledAt(e.currentTarget.value)} />
          <TextInput size="md" type="tel" label={t('approval.phoneNumber')} value={phone} onChange={(e) => setPhone(e.currentTarget.value)} required maxLength={30} data-testid="phone-number" />
          <SegmentedControl size="md" value={relation} onChange={(v) => setRelation(v as AuthorizerRelation)} aria-label={t('approval.consentBy')}
            data={(['CUSTOMER', 'DESIGNATED_PERSON'] as const).map((r) => ({ value: r, label: t(`approval.relations.${r}`) }))} />
          <TextInput size="md" label={t('approval.consentGivenBy')} value={consentBy} onChange={(e) => setConsentName(e.currentTarget.value)} required maxLength={120} />
          <Textarea size="md" label={t('approval.customerWords')} value={words} onChange={(e) => setWords(e.currentTarget.value)} required maxLength={2000} autosize minRows={2} data-testid="customer-words" />
        </>
      )}
      <TextInput size="md" label={t('approval.workshopTold')} value={workshopTold} onChange={(e) => setWorkshopTold(e.currentTarget.value)} required maxLength={200} data-testid="workshop-told" />
      {record.error && <ProblemAlert error={record.error} />}
      <Group justify="flex-end">
        <Button size="lg" h={48} disabled={!ready} loading={record.isPending} onClick={submit} data-testid="record-decision">
          {t(channel === 'IN_PERSON' ? 'approval.recordInPerson' : 'approval.recordPhone')}
        </Button>
      </Group>
    </Stack>
  );
}

function SendLink({ store, orderId }: { store: string; orderId: string }) {
  const { t } = useTranslation();
  const send = useSendApprovalLink(store, orderId);
  const [language, setLanguage] = useState<'zh-CN' | 'en'>('zh-CN');
  return (
    <Stack gap="sm">
      <Group align="flex-end">
        <Select size="md" w={160} label={t('approval.linkLanguage')} value={language} allowDeselect={false}
          onChange={(v) => setLanguage(v === 'en' ? 'en' : 'zh-CN')} data={[{ value: 'zh-CN', label: '中文' }, { value: 'en', label: 'English' }]} />
        <Button size="md" h={44} loading={send.isPending} data-testid="send-link"
          onClick={() => send.mutate(language, { onSuccess: () => notifications.show({ color: 'green', message: t('approval.linkSent') }) })}>
          {t('approval.sendLink')}
        </Button>
      </Group>
      {send.error && <ProblemAlert error={send.error} />}
    </Stack>
  );
}

function LinkList({ store, orderId }: { store: string; orderId: string }) {
  const { t } = useTranslation();
  const zone = useStoreZone();
  const links = useApprovalLinks(store, orderId);
  if (!links.data || links.data.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="approval-links">
      <Title order={3} fz={16}>
        {t('approval.links')}
      </Title>
      {links.data.map((l) => (
        <Group key={l.id} gap="xs" wrap="wrap">
          <Badge color={l.status === 'ACTIVE' ? 'blue' : l.status === 'USED' ? 'green' : 'gray'} data-testid="link-status">
            {t(`approval.linkStatuses.${l.status}`)}
          </Badge>
          <Text fz="sm">{formatDateTime(l.createdAt, zone)}</Text>
          <Text fz="sm" c="dimmed">{t('approval.linkExpires', { when: formatDateTime(l.expiresAt, zone) })}</Text>
          {l.messages.map((m) => (
            <Badge key={m.id} variant="outline" color={m.status === 'SENT' ? 'green' : m.status === 'FAILED' ? 'red' : 'gray'} data-testid="link-message">
              {m.channel} {m.recipient} · {t(`approval.messageStatuses.${m.status as 'PENDING'}`, { defaultValue: m.status })}
            </Badge>
          ))}
        </Group>
      ))}
    </Stack>
  );
}
