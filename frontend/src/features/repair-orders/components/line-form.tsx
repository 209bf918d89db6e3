import { Button, Checkbox, Group, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeeType, LineKind, PartGrade, PartSupplier, PayType, PricingMode, RepairOrderLineInput } from '@/lib/api-types';
import { PricingModeNotice } from './pricing-mode-notice';
import { useStoreZone } from '@/lib/store-zone';
import { zonedWallTimeToIso } from '@/lib/zoned-time';

const PartsEtaInput = lazy(() => import('./parts-eta-input'));

const PAY_TYPES: PayType[] = ['CUSTOMER', 'WARRANTY', 'INTERNAL', 'GOODWILL'];

type Values = {
  kind: LineKind;
  payType: PayType;
  description: string;
  operationCode: string;
  hours: number | string;
  pricingMode: PricingMode;
  diagnosis: boolean;
  customerInformed: boolean;
  disassemblyNote: string;
  partNumber: string;
  quantity: number | string;
  unitPrice: number | string;
  supplier: PartSupplier;
  grade: PartGrade;
  criticalSystem: boolean;
  /** Store-local "YYYY-MM-DD HH:mm:ss" (the date picker's value); null: the part is in stock. */
  partsAvailableAt: string | null;
  feeType: FeeType;
  amount: number | string;
};

const EMPTY: Values = {
  kind: 'JOB',
  payType: 'CUSTOMER',
  description: '',
  operationCode: '',
  hours: '',
  pricingMode: 'SYSTEM',
  diagnosis: false,
  customerInformed: false,
  disassemblyNote: '',
  partNumber: '',
  quantity: 1,
  unitPrice: '',
  supplier: 'DEALER',
  grade: 'OEM',
  criticalSystem: false,
  partsAvailableAt: null,
  feeType: 'DIAGNOSIS',
  amount: '',
};

const num = (v: number | string): number | null => (v === '' || v === null ? null : Number(v));
const text = (v: string): string | null => (v.trim() === '' ? null : v.trim());

/** The picker's date-time ("YYYY-MM-DD HH:mm:ss", the store's wall clock) as an ISO instant. */
export function localDateTimeToIso(v: string | null, zone: string): string | null {
  return zonedWallTimeToIso(v, zone);
}

/** The request for one line; fields of the other kinds stay null (the contract asks so). */
export function toLineRequest(v: Values, zone: string): RepairOrderLineInput {
  const base = { kind: v.kind, payType: v.payType, description: text(v.description) };
  if (v.kind === 'JOB') {
    return {
      ...base,
      operationCode: text(v.operationCode),
      hours: num(v.hours),
      pricingMode: v.pricingMode,
      diagnosis: v.diagnosis,
      customerInformed: v.pricingMode === 'ITEM' ? v.customerInformed : null,
      disassemblyNote: text(v.disassemblyNote),
    };
  }
  if (v.kind === 'PART') {
    return { ...base, partNumber: text(v.partNumber), quantity: num(v.quantity), unitPrice: num(v.unitPrice), supplier: v.supplier, grade: v.grade, criticalSystem: v.criticalSystem, partsAvailableAt: localDateTimeToIso(v.partsAvailableAt, zone) };
  }
  return { ...base, feeType: v.feeType, amount: num(v.amount) };
}

/**
 * Adds a job (hours, pricing mode), a part (supplier, grade, critical-system flag) or a fee.
 * A diagnosis job first asks for the customer's consent (R-CHK-3): `onSubmit` gets
 * `needsConsent` and the screen asks before saving.
 */
export function LineForm({ riskMarginPercent, busy, onSubmit }: { riskMarginPercent: number; busy: boolean; onSubmit: (line: RepairOrderLineInput, needsConsent: boolean) => Promise<boolean> }) {
  const { t } = useTranslation();
  const zone = useStoreZone();
  const [v, setV] = useState<Values>(EMPTY);
  const set = <K extends keyof Values>(k: K, value: Values[K]) => setV((prev) => ({ ...prev, [k]: value }));
  const itemNotInformed = v.kind === 'JOB' && v.pricingMode === 'ITEM' && !v.customerInformed;
  const submit = async () => {
    const done = await onSubmit(toLineRequest(v, zone), v.kind === 'JOB' && v.diagnosis);
    if (done) setV({ ...EMPTY, kind: v.kind, payType: v.payType });
  };
  return (
    <Stack gap="sm" data-testid="line-form">
      <SegmentedControl
        size="lg"
        fullWidth
        value={v.kind}
        onChange={(k) => set('kind', k as LineKind)}
        data={(['JOB', 'PART', 'FEE'] as const).map((k) => ({ value: k, label: t(`ro.kinds.${k}`) }))}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput size="md" label={t('ro.description')} value={v.description} onChange={(e) => set('description', e.currentTarget.value)} data-testid="line-description" />
        <Select size="md" label={t('ro.payType')} value={v.payType} allowDeselect={false} onChange={(p) => p && set('payType', p as PayType)} data={PAY_TYPES.map((p) => ({ value: p, label: t(`ro.payTypes.${p}`) }))} />
        {v.kind === 'JOB' && (
          <>
            <TextInput size="md" label={t('ro.operationCode')} value={v.operationCode} onChange={(e) => set('operationCode', e.currentTarget.value)} />
            <NumberInput size="md" label={t('ro.hours')} min={0} step={0.1} decimalScale={2} value={v.hours} onChange={(h) => set('hours', h)} data-testid="line-hours" />
            <Select
              size="md"
              label={t('ro.pricingMode')}
              value={v.pricingMode}
              allowDeselect={false}
              onChange={(m) => m && set('pricingMode', m as PricingMode)}
              data={(['SYSTEM', 'SYMPTOM', 'ITEM'] as const).map((m) => ({ value: m, label: t(`ro.pricingModes.${m}`) }))}
              data-testid="line-pricing-mode"
            />
            <TextInput size="md" label={t('ro.disassemblyNote')} description={t('common.optional')} value={v.disassemblyNote} onChange={(e) => set('disassemblyNote', e.currentTarget.value)} />
          </>
        )}
        {v.kind === 'PART' && (
          <>
            <TextInput size="md" label={t('ro.partNumber')} value={v.partNumber} onChange={(e) => set('partNumber', e.currentTarget.value)} />
            <NumberInput size="md" label={t('ro.quantity')} min={0} decimalScale={2} value={v.quantity} onChange={(q) => set('quantity', q)} />
            <NumberInput size="md" label={t('ro.unitPrice')} min={0} decimalScale={2} value={v.unitPrice} onChange={(p) => set('unitPrice', p)} />
            <Select size="md" label={t('ro.supplier')} value={v.supplier} allowDeselect={false} onChange={(s) => s && set('supplier', s as PartSupplier)} data={(['DEALER', 'CUSTOMER'] as const).map((s) => ({ value: s, label: t(`ro.suppliers.${s}`) }))} />
            <Select size="md" label={t('ro.grade')} value={v.grade} allowDeselect={false} onChange={(g) => g && set('grade', g as PartGrade)} data={(['OEM', 'AFTERMARKET'] as const).map((g) => ({ value: g, label: t(`ro.grades.${g}`) }))} />
            <Suspense fallback={<TextInput size="md" label={t('ro.partsAvailableAt')} placeholder={t('common.loading')} disabled />}>
              <PartsEtaInput value={v.partsAvailableAt} onChange={(d) => set('partsAvailableAt', d)} />
            </Suspense>
          </>
        )}
        {v.kind === 'FEE' && (
          <>
            <Select size="md" label={t('ro.feeType')} value={v.feeType} allowDeselect={false} onChange={(f) => f && set('feeType', f as FeeType)} data={(['DIAGNOSIS', 'ESTIMATE'] as const).map((f) => ({ value: f, label: t(`ro.feeTypes.${f}`) }))} />
            <NumberInput size="md" label={t('ro.amount')} min={0} decimalScale={2} value={v.amount} onChange={(a) => set('amount', a)} />
          </>
        )}
      </SimpleGrid>
      {v.kind === 'JOB' && (
        <>
          <PricingModeNotice mode={v.pricingMode} riskMarginPercent={riskMarginPercent} />
          {v.pricingMode === 'ITEM' && <Checkbox size="md" label={t('ro.customerInformed')} checked={v.customerInformed} onChange={(e) => set('customerInformed', e.currentTarget.checked)} />}
          <Checkbox size="md" label={t('ro.diagnosisJob')} checked={v.diagnosis} onChange={(e) => set('diagnosis', e.currentTarget.checked)} />
        </>
      )}
      {v.kind === 'PART' && <Checkbox size="md" label={t('ro.criticalSystem')} checked={v.criticalSystem} onChange={(e) => set('criticalSystem', e.currentTarget.checked)} />}
      <Group justify="flex-end">
        <Button size="lg" h={48} loading={busy} disabled={itemNotInformed} onClick={() => void submit()} data-testid="add-line">
          {t('ro.addLine')}
        </Button>
      </Group>
    </Stack>
  );
}
