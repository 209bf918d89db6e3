import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import type { Settlement } from '@/lib/api-types';
import { useFapiao } from '../api/settlement';

/** The fapiao number and date the tax platform assigned, entered by the cashier (never invented); or its red-letter correction. */
export function FapiaoForm({ store, bill, today }: { store: string; bill: Settlement; today: string }) {
  const { t } = useTranslation();
  const red = bill.fapiao.status === 'ISSUED';
  const [number, setNumber] = useState('');
  const [date, setDate] = useState(today);
  const [reason, setReason] = useState('');
  const fapiao = useFapiao(store);
  return (
    <Stack gap="sm" data-testid="fapiao-form">
      <Text fw={700}>{red ? t('settle.fapiao.redTitle', { number: bill.fapiao.number ?? '' }) : t('settle.fapiao.title')}</Text>
      <Group grow align="flex-start">
        <TextInput label={t('settle.fapiao.number')} value={number} onChange={(e) => setNumber(e.currentTarget.value)} size="md" />
        <TextInput type="date" label={t('settle.fapiao.date')} value={date} onChange={(e) => setDate(e.currentTarget.value)} size="md" />
        {red && <TextInput label={t('settle.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} size="md" />}
      </Group>
      {fapiao.error && <ProblemAlert error={fapiao.error} />}
      <Group>
        <Button
          size="md"
          h={44}
          variant="light"
          disabled={!number.trim() || !date}
          loading={fapiao.isPending}
          onClick={() => fapiao.mutate({ bill, body: { number: number.trim(), date, redLetter: red, reason: red ? reason.trim() : null } })}
        >
          {red ? t('settle.fapiao.recordRed') : t('settle.fapiao.record')}
        </Button>
      </Group>
    </Stack>
  );
}
