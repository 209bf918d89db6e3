import { Button, Group, NativeSelect, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/components/format';
import { ProblemAlert } from '@/components/problem-alert';
import type { Settlement } from '@/lib/api-types';
import { useDiscount } from '../api/settlement';

/** R-DEL-2: a discount on the total or a customer-pay line, by amount or percent; above the limit it goes to the service manager. */
export function DiscountForm({ store, bill }: { store: string; bill: Settlement }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'amount' | 'percent'>('amount');
  const [value, setValue] = useState('');
  const [lineId, setLineId] = useState('');
  const [reason, setReason] = useState('');
  const discount = useDiscount(store);
  const lines = bill.lines.filter((l) => l.payType === 'CUSTOMER');
  const submit = () =>
    discount.mutate(
      { bill, body: { lineId: lineId || null, [mode]: Number(value), reason: reason.trim() } },
      {
        onSuccess: () => {
          setValue('');
          setReason('');
        },
      },
    );
  return (
    <Stack gap="sm" data-testid="discount-form">
      <Text fw={700}>{t('settle.discountTitle')}</Text>
      <Text c="dark.6">{t('settle.discountLimit', { percent: bill.discountLimitPercent, amount: formatMoney(bill.discountLimitAmount, bill.currency) })}</Text>
      <NativeSelect
        label={t('settle.discountOn')}
        value={lineId}
        onChange={(e) => setLineId(e.currentTarget.value)}
        size="md"
        data={[{ value: '', label: t('settle.discountOnTotal') }, ...lines.map((l) => ({ value: l.id, label: `${l.description} (${formatMoney(l.amount, bill.currency)})` }))]}
      />
      <SegmentedControl value={mode} onChange={(v) => setMode(v as 'amount' | 'percent')} data={[{ value: 'amount', label: t('settle.byAmount') }, { value: 'percent', label: t('settle.byPercent') }]} />
      <Group grow align="flex-start">
        <TextInput label={mode === 'amount' ? t('settle.amount') : t('settle.percent')} value={value} onChange={(e) => setValue(e.currentTarget.value)} inputMode="decimal" size="md" data-testid="discount-value" />
        <TextInput label={t('settle.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} size="md" data-testid="discount-reason" />
      </Group>
      {discount.error && <ProblemAlert error={discount.error} />}
      <Group>
        <Button size="md" h={44} variant="light" onClick={submit} disabled={!value || !reason.trim()} loading={discount.isPending} data-testid="discount-submit">
          {t('settle.giveDiscount')}
        </Button>
      </Group>
    </Stack>
  );
}
