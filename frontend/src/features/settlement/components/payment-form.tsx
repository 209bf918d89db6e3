import { Button, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/components/format';
import { ProblemAlert } from '@/components/problem-alert';
import type { Settlement, SettlementPaymentRequest, Tender } from '@/lib/api-types';
import { useIdempotencyKey } from '@/lib/idempotency';
import { usePayment } from '../api/settlement';
import { cashChange, toFen } from '../money';

const TENDERS: Tender[] = ['CASH', 'CARD', 'MOBILE', 'BANK_TRANSFER', 'ON_ACCOUNT', 'DEPOSIT'];

/** R-DEL-3: one tender at a time (partial payments add up); cash shows the change; the deposit (R-APT-4) is applied in full up to the balance. */
export function PaymentForm({ store, bill }: { store: string; bill: Settlement }) {
  const { t } = useTranslation();
  const [tender, setTender] = useState<Tender>('CASH');
  const [amount, setAmount] = useState('');
  const [reference, setReference] = useState('');
  const pay = usePayment(store);
  const { keyFor, reset } = useIdempotencyKey();
  const balance = bill.totals.balance;
  const tenders = TENDERS.filter((x) => x !== 'DEPOSIT' || bill.totals.depositAvailable > 0);
  const change = tender === 'CASH' ? cashChange(amount, balance) : null;
  const valid = tender === 'DEPOSIT' || (toFen(amount) ?? 0) > 0;
  const submit = () => {
    const body: SettlementPaymentRequest =
      tender === 'CASH' ? { tender, tendered: Number(amount) } : tender === 'DEPOSIT' ? { tender } : { tender, amount: Number(amount), reference: reference.trim() || null };
    pay.mutate(
      { bill, body, key: keyFor(body) },
      {
        onSuccess: () => {
          reset();
          setAmount('');
          setReference('');
        },
      },
    );
  };
  return (
    <Stack gap="sm" data-testid="payment-form">
      <Text fw={700}>{t('settle.takePayment', { balance: formatMoney(balance, bill.currency) })}</Text>
      <SegmentedControl
        value={tender}
        onChange={(v) => setTender(v as Tender)}
        data={tenders.map((x) => ({ value: x, label: t(`settle.tender.${x}`) }))}
        size="md"
        fullWidth
      />
      {tender === 'DEPOSIT' ? (
        <Text>{t('settle.depositAvailable', { amount: formatMoney(bill.totals.depositAvailable, bill.currency) })}</Text>
      ) : (
        <Group grow align="flex-start">
          <TextInput
            label={tender === 'CASH' ? t('settle.tendered') : t('settle.payAmount')}
            value={amount}
            onChange={(e) => setAmount(e.currentTarget.value)}
            inputMode="decimal"
            size="md"
            data-testid="payment-amount"
          />
          {tender !== 'CASH' && <TextInput label={t('settle.reference')} value={reference} onChange={(e) => setReference(e.currentTarget.value)} size="md" />}
        </Group>
      )}
      {change && (
        <Text fz="lg" fw={700} data-testid="cash-change">
          {t('settle.change', { amount: formatMoney(Number(change.change), bill.currency) })}
        </Text>
      )}
      {pay.error && <ProblemAlert error={pay.error} />}
      <Group>
        <Button size="md" h={44} onClick={submit} disabled={!valid} loading={pay.isPending} data-testid="payment-submit">
          {t('settle.payButton')}
        </Button>
      </Group>
    </Stack>
  );
}
