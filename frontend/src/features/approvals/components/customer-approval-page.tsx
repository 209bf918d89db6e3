import { Alert, Badge, Box, Button, Container, Divider, Group, Image, Paper, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatMoney } from '@/components/format';
import { LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import type { ApprovalDecisionResult, ApprovalSheet, ApprovalSheetItem } from '@/lib/api-types';
import { isApiError } from '@/lib/problem';
import { approvalLinkPhotoUrl, useApprovalLink, useDecideApprovalLink } from '../api/public-approval';
import { sheetOutcome, toDecisions, type Choices } from '../utils/sheet-outcome';
import { ItemChoice } from './item-choice';

const SignatureCanvas = lazy(() => import('@/components/signature-canvas'));

/** The problem codes of a link that shows nothing, and the page each gets. */
const LINK_PROBLEMS = {
  'approval-link-invalid': 'invalid',
  'approval-link-used': 'used',
  'approval-link-expired': 'expired',
  'approval-link-outdated': 'outdated',
  'too-many-attempts': 'tooMany',
} as const;

type LinkProblem = (typeof LINK_PROBLEMS)[keyof typeof LINK_PROBLEMS];

function linkProblem(e: unknown): LinkProblem | null {
  if (!isApiError(e) || !e.code) return null;
  return (LINK_PROBLEMS as Record<string, LinkProblem>)[e.code] ?? null;
}

/**
 * R-REP-3 (c): the customer's phone page behind the approval link — no login. It shows the items
 * exactly as frozen when the link was sent (photos, lines, prices, added time), the new total and
 * promised time for the current choice (from the sheet's own tables), and takes one signed
 * decision. A used, expired, invalid or outdated link gets its own page and no data.
 */
export function CustomerApprovalPage({ store, token }: { store: string; token: string }) {
  const { t, i18n } = useTranslation();
  const link = useApprovalLink(store, token);
  const languageSet = useRef(false);
  useEffect(() => {
    // The page opens in the language the advisor chose for the message; the customer may switch.
    if (link.data && !languageSet.current) {
      languageSet.current = true;
      if (i18n.language !== link.data.language) void i18n.changeLanguage(link.data.language);
    }
  }, [link.data, i18n]);
  return (
    <Container size={480} px="md" py="lg" className="customer-approval">
      <Group justify="flex-end" mb="xs">
        <Button variant="subtle" size="md" h={44} onClick={() => void i18n.changeLanguage(i18n.language === 'en' ? 'zh-CN' : 'en')} data-testid="switch-language">
          {t('customerApproval.language')}
        </Button>
      </Group>
      {link.isPending ? (
        <LoadingState />
      ) : link.error ? (
        <LinkProblemPage error={link.error} onRetry={() => void link.refetch()} />
      ) : (
        <Decide store={store} token={token} sheet={link.data.sheet} expiresAt={link.data.expiresAt} />
      )}
    </Container>
  );
}

function LinkProblemPage({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const kind = linkProblem(error);
  return (
    <Stack align="center" gap="md" py="xl" role="alert" data-testid={`link-${kind ?? 'error'}`}>
      <Title order={1} fz={24} ta="center">
        {t(`customerApproval.${kind ?? 'error'}Title`)}
      </Title>
      <Text ta="center" fz="lg">
        {t(`customerApproval.${kind ?? 'error'}Body`)}
      </Text>
      {!kind && (
        <Button size="lg" h={48} onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Stack>
  );
}

function Decide({ store, token, sheet, expiresAt }: { store: string; token: string; sheet: ApprovalSheet; expiresAt: string }) {
  const { t } = useTranslation();
  const zone = sheet.timeZone;
  const [choices, setChoices] = useState<Choices>({});
  const [typed, setTyped] = useState<string | null>(null);
  const signer = typed ?? sheet.customerName;
  const [png, setPng] = useState<string | null>(null);
  const [clear, setClear] = useState(0);
  const decide = useDecideApprovalLink(store, token);
  const outcome = sheetOutcome(sheet, choices);
  if (decide.data) return <Done result={decide.data} zone={zone} />;
  if (decide.error && linkProblem(decide.error)) return <LinkProblemPage error={decide.error} onRetry={() => decide.reset()} />;
  const ready = outcome.undecided === 0 && png !== null && signer.trim() !== '';
  return (
    <Stack gap="lg" data-testid="customer-approval">
      <Stack gap={4}>
        <Text c="dimmed">{sheet.storeName}</Text>
        <Title order={1} fz={24}>
          {t('customerApproval.title')}
        </Title>
        <Text fz="lg">{t('customerApproval.greeting', { name: sheet.customerName })}</Text>
        <Text>{t('customerApproval.intro', { store: sheet.storeName, plate: sheet.plate, model: sheet.model })}</Text>
      </Stack>
      {sheet.items.map((item, index) => (
        <ItemCard key={item.itemId} store={store} token={token} item={item} index={index} currency={sheet.currency}
          value={choices[item.itemId]} onChange={(d) => setChoices((c) => ({ ...c, [item.itemId]: d }))} />
      ))}
      <Paper withBorder p="md" radius="md" className="approval-summary" data-testid="approval-summary">
        <Stack gap={6}>
          <Row label={t('customerApproval.authorizedNow')} value={formatMoney(sheet.authorizedTotal, sheet.currency)} />
          <Row label={t('customerApproval.newTotal')} value={formatMoney(outcome.total, sheet.currency)} strong testId="new-total" />
          <Row label={t('customerApproval.difference')} value={formatMoney(outcome.difference, sheet.currency)} testId="difference" />
          {outcome.promisedDeliveryAt && <Row label={t('customerApproval.newPromise')} value={formatDateTime(outcome.promisedDeliveryAt, zone)} testId="new-promise" />}
          {outcome.undecided > 0 && (
            <Text c="orange.8" fw={600} data-testid="undecided">
              {t('customerApproval.chooseEach', { count: outcome.undecided })}
            </Text>
          )}
        </Stack>
      </Paper>
      <TextInput size="lg" label={t('customerApproval.signerName')} value={signer} onChange={(e) => setTyped(e.currentTarget.value)} required maxLength={120} data-testid="signer-name" />
      <Box>
        <Text fw={600} mb={4}>
          {t('customerApproval.signHere')}
        </Text>
        <Suspense fallback={<Skeleton h={200} />}>
          <SignatureCanvas label={t('customerApproval.signHere')} onChange={setPng} clearSignal={clear} />
        </Suspense>
      </Box>
      {decide.error && <ProblemAlert error={decide.error} />}
      <Group grow>
        <Button size="lg" h={48} variant="default" onClick={() => setClear((c) => c + 1)}>
          {t('customerApproval.clear')}
        </Button>
        <Button size="lg" h={56} disabled={!ready} loading={decide.isPending} data-testid="confirm-decision"
          onClick={() => png && decide.mutate({ decisions: toDecisions(sheet, choices), signerName: signer.trim(), signaturePng: png })}>
          {t('customerApproval.confirm')}
        </Button>
      </Group>
      <Text c="dimmed" fz="sm" ta="center">
        {t('customerApproval.expires', { when: formatDateTime(expiresAt, zone) })}
      </Text>
    </Stack>
  );
}

function ItemCard({ store, token, item, index, currency, value, onChange }: {
  store: string;
  token: string;
  item: ApprovalSheetItem;
  index: number;
  currency: string;
  value: Choices[string];
  onChange: (d: 'APPROVED' | 'DECLINED') => void;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" data-testid={`item-${index}`}>
      <Stack gap="sm">
        <Group gap="xs">
          {item.safetyCritical && <Badge color="red" size="lg">{t('customerApproval.safety')}</Badge>}
          <Badge variant="light" size="lg">{t(item.requirement === 'REQUIRED' ? 'customerApproval.required' : 'customerApproval.recommended')}</Badge>
        </Group>
        <Title order={2} fz={20}>
          {item.description}
        </Title>
        {item.photoIds.length > 0 && (
          <Group gap="xs">
            {item.photoIds.map((p, i) => (
              <a key={p} href={approvalLinkPhotoUrl(store, token, p, false)} target="_blank" rel="noreferrer" className="touch-link">
                <Image src={approvalLinkPhotoUrl(store, token, p, true)} alt={t('customerApproval.photoAlt', { index: i + 1 })} w={96} h={72} radius="sm" fit="cover" />
              </a>
            ))}
          </Group>
        )}
        <Stack gap={2}>
          {item.lines.map((l, i) => (
            <Group key={i} justify="space-between" wrap="nowrap" gap="sm">
              <Text fz="sm">
                {t(l.kind === 'JOB' ? 'customerApproval.labour' : 'customerApproval.part')} · {l.description}
                {l.kind === 'PART' && l.quantity != null ? ` ×${l.quantity}` : ''}
              </Text>
              <Text fz="sm" className="tabular">
                {formatMoney(l.amount, currency)}
              </Text>
            </Group>
          ))}
          <Divider my={4} />
          <Row label={t('customerApproval.itemTotal')} value={formatMoney(item.customerPay, currency)} strong />
          {item.extraMinutes > 0 && <Text fz="sm" c="dimmed">{t('customerApproval.addsTime', { minutes: item.extraMinutes })}</Text>}
        </Stack>
        <ItemChoice value={value} onChange={onChange} name={item.description} approveLabel={t('customerApproval.approve')}
          declineLabel={t('customerApproval.decline')} testId={`choice-${index}`} />
      </Stack>
    </Paper>
  );
}

function Row({ label, value, strong, testId }: { label: string; value: string; strong?: boolean; testId?: string }) {
  return (
    <Group justify="space-between" wrap="nowrap">
      <Text fw={strong ? 700 : 400}>{label}</Text>
      <Text fw={strong ? 700 : 400} fz={strong ? 'lg' : undefined} className="tabular" data-testid={testId}>
        {value}
      </Text>
    </Group>
  );
}

function Done({ result, zone }: { result: ApprovalDecisionResult; zone: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="green" variant="light" p="lg" data-testid="decision-done" role="status">
      <Stack gap="sm">
        <Title order={1} fz={24}>
          {t('customerApproval.doneTitle')}
        </Title>
        <Text fz="lg">
          {t('customerApproval.doneBody', {
            approved: result.approved,
            declined: result.declined,
            total: formatMoney(result.authorizedTotal, result.currency),
            promise: formatDateTime(result.promisedDeliveryAt, zone) || '—',
          })}
        </Text>
      </Stack>
    </Alert>
  );
}
