import { Badge, Button, Card, Group, NumberInput, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '@/components/format';
import { LoadMore } from '@/components/load-more';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import type { Receivable, ReceivableTender } from '@/lib/api-types';
import { useCorrectReceivable, usePayReceivable, useReceivables } from '../api/receivables';

const TENDERS: ReceivableTender[] = ['BANK_TRANSFER', 'CARD', 'MOBILE', 'CASH'];

/** The open receivables, the oldest first, a page at a time (load more): the cashier takes payments (partial, one tender each), the service manager corrects with a reason. */
export function ReceivableList({ store, zone, canCorrect }: { store: string; zone: string; canCorrect: boolean }) {
  const { t } = useTranslation();
  const list = useReceivables(store);
  if (list.isPending) return <LoadingState />;
  if (!list.data) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const items = list.data;
  return (
    <Stack gap="sm" component="section" aria-labelledby="recv-open">
      <Title order={2} fz={20} id="recv-open">
        {t('recv.open')}
      </Title>
      {items.length === 0 ? (
        <EmptyState title={t('recv.openEmpty')} />
      ) : (
        items.map((r) => <Item key={r.id} store={store} zone={zone} receivable={r} canCorrect={canCorrect} />)
      )}
      {list.isFetchNextPageError && <ProblemAlert error={list.error} />}
      <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} />
    </Stack>
  );
}

function Item({ store, zone, receivable: r, canCorrect }: { store: string; zone: string; receivable: Receivable; canCorrect: boolean }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'none' | 'pay' | 'correct'>('none');
  return (
    <Card withBorder padding="md" data-testid="receivable">
      <Group justify="space-between" wrap="wrap" align="flex-start">
        <Stack gap={2}>
          <Text fw={700}>
            {r.documentNumber} · {r.accountName}
          </Text>
          <Text c="dark.6">
            {t('recv.invoiceDue', { invoice: formatDate(r.invoiceDate, zone), due: formatDate(r.dueDate, zone) })}
            {r.overdueDays > 0 ? ` · ${t('recv.overdueDays', { count: r.overdueDays })}` : ''}
          </Text>
        </Stack>
        <Group>
          <Badge size="lg" color={r.bucket === 'DAYS_0_30' ? 'blue' : r.bucket === 'OVER_90' ? 'red' : 'orange'}>
            {t(`recv.bucketName.${r.bucket}`)}
          </Badge>
          <Text fw={700} className="tabular" data-testid="receivable-outstanding">
            {formatMoney(r.outstanding)}
          </Text>
          <Button size="md" h={44} onClick={() => setMode(mode === 'pay' ? 'none' : 'pay')} data-testid="receivable-pay">
            {t('recv.takePayment')}
          </Button>
          {canCorrect && (
            <Button size="md" h={44} variant="light" onClick={() => setMode(mode === 'correct' ? 'none' : 'correct')}>
              {t('recv.correct')}
            </Button>
          )}
        </Group>
      </Group>
      {mode === 'pay' && <PaymentForm store={store} receivable={r} onDone={() => setMode('none')} />}
      {mode === 'correct' && <CorrectionForm store={store} receivable={r} onDone={() => setMode('none')} />}
    </Card>
  );
}

function PaymentForm({ store, receivable, onDone }: { store: string; receivable: Receivable; onDone: () => void }) {
  const { t } = useTranslation();
  const pay = usePayReceivable(store);
  const [tender, setTender] = useState<ReceivableTender>('BANK_TRANSFER');
  const [amount, setAmount] = useState<number | string>(receivable.outstanding);
  const [reference, setReference] = useState('');
  const value = typeof amount === 'number' ? amount : Number(amount);
  return (
    <Stack gap="sm" mt="sm" data-testid="receivable-payment-form">
      <SegmentedControl value={tender} onChange={(v) => setTender(v as ReceivableTender)} data={TENDERS.map((x) => ({ value: x, label: t(`settle.tender.${x}`) }))} size="md" />
      <Group grow align="flex-start">
        <NumberInput label={t('recv.amount')} value={amount} onChange={setAmount} decimalScale={2} min={0.01} max={receivable.outstanding} size="md" data-testid="receivable-amount" />
        <TextInput label={t('recv.reference')} value={reference} onChange={(e) => setReference(e.currentTarget.value)} size="md" />
      </Group>
      <ProblemAlert error={pay.error} />
      <Group>
        <Button
          size="md"
          h={44}
          disabled={!(value > 0)}
          loading={pay.isPending}
          onClick={() => pay.mutate({ receivable, body: { tender, amount: value, reference: reference.trim() || null } }, { onSuccess: onDone })}
          data-testid="receivable-pay-submit"
        >
          {t('recv.record')}
        </Button>
        <Button size="md" h={44} variant="subtle" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

function CorrectionForm({ store, receivable, onDone }: { store: string; receivable: Receivable; onDone: () => void }) {
  const { t } = useTranslation();
  const correct = useCorrectReceivable(store);
  const [amount, setAmount] = useState<number | string>('');
  const [reason, setReason] = useState('');
  const value = typeof amount === 'number' ? amount : Number(amount);
  return (
    <Stack gap="sm" mt="sm" data-testid="receivable-correction-form">
      <Text c="dark.6">{t('recv.correctionHint')}</Text>
      <Group grow align="flex-start">
        <NumberInput label={t('recv.correctionAmount')} value={amount} onChange={setAmount} decimalScale={2} size="md" allowNegative />
        <TextInput label={t('recv.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} size="md" required />
      </Group>
      <ProblemAlert error={correct.error} />
      <Group>
        <Button
          size="md"
          h={44}
          disabled={!value || reason.trim() === ''}
          loading={correct.isPending}
          onClick={() => correct.mutate({ receivable, amount: value, reason: reason.trim() }, { onSuccess: onDone })}
          data-testid="receivable-correct-submit"
        >
          {t('recv.record')}
        </Button>
        <Button size="md" h={44} variant="subtle" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
