import { Button, Checkbox, Group, Skeleton, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import type { Settlement, SettlementDeliveryRequest } from '@/lib/api-types';
import { useDeliver } from '../api/settlement';

const SignatureCanvas = lazy(() => import('@/components/signature-canvas'));

const CHECKS = ['workExplained', 'oldPartsShown', 'walkAroundDone'] as const;
type Check = (typeof CHECKS)[number];

const num = (v: string) => (v.trim() === '' ? null : Number(v));

/** R-DEL-5 / R-REP-4: the advisor's checklist on the tablet and the customer's signature; closes the order. */
export function DeliveryChecklist({ store, bill }: { store: string; bill: Settlement }) {
  const { t } = useTranslation();
  const [checks, setChecks] = useState<Record<Check, boolean>>({ workExplained: false, oldPartsShown: false, walkAroundDone: false });
  const [declinedOk, setDeclinedOk] = useState(false);
  const [f, setF] = useState({ brakeFrontMm: '', brakeRearMm: '', tyreTreadMm: '', tyreLifePercent: '', nextServiceDate: '', nextServiceKm: '', notes: '', signerName: '' });
  const [signature, setSignature] = useState<string | null>(null);
  const [clear, setClear] = useState(0);
  const deliver = useDeliver(store);
  const set = (k: keyof typeof f) => (e: { currentTarget: { value: string } }) => setF({ ...f, [k]: e.currentTarget.value });
  const ready = CHECKS.every((c) => checks[c]) && f.signerName.trim() !== '' && signature !== null;
  const submit = () => {
    if (!signature) return;
    const body: SettlementDeliveryRequest = {
      ...checks,
      brakeFrontMm: num(f.brakeFrontMm),
      brakeRearMm: num(f.brakeRearMm),
      tyreTreadMm: num(f.tyreTreadMm),
      tyreLifePercent: num(f.tyreLifePercent),
      nextServiceDate: f.nextServiceDate || null,
      nextServiceKm: num(f.nextServiceKm),
      declinedSafetyAcknowledged: declinedOk,
      notes: f.notes.trim() || null,
      signerName: f.signerName.trim(),
      signaturePng: signature,
    };
    deliver.mutate({ bill, body });
  };
  return (
    <Stack gap="sm" data-testid="delivery-checklist">
      <Text fw={700}>{t('settle.delivery.title')}</Text>
      {CHECKS.map((c) => (
        <Checkbox key={c} size="md" label={t(`settle.delivery.${c}`)} checked={checks[c]} onChange={(e) => setChecks({ ...checks, [c]: e.currentTarget.checked })} />
      ))}
      <Group grow>
        <TextInput label={t('settle.delivery.brakeFrontMm')} value={f.brakeFrontMm} onChange={set('brakeFrontMm')} inputMode="decimal" size="md" />
        <TextInput label={t('settle.delivery.brakeRearMm')} value={f.brakeRearMm} onChange={set('brakeRearMm')} inputMode="decimal" size="md" />
        <TextInput label={t('settle.delivery.tyreTreadMm')} value={f.tyreTreadMm} onChange={set('tyreTreadMm')} inputMode="decimal" size="md" />
        <TextInput label={t('settle.delivery.tyreLifePercent')} value={f.tyreLifePercent} onChange={set('tyreLifePercent')} inputMode="numeric" size="md" />
      </Group>
      <Group grow>
        <TextInput type="date" label={t('settle.delivery.nextServiceDate')} value={f.nextServiceDate} onChange={set('nextServiceDate')} size="md" />
        <TextInput label={t('settle.delivery.nextServiceKm')} value={f.nextServiceKm} onChange={set('nextServiceKm')} inputMode="numeric" size="md" />
      </Group>
      <Checkbox size="md" label={t('settle.delivery.declinedSafety')} checked={declinedOk} onChange={(e) => setDeclinedOk(e.currentTarget.checked)} />
      <Textarea label={t('settle.delivery.notes')} value={f.notes} onChange={set('notes')} />
      <TextInput label={t('settle.delivery.signerName')} value={f.signerName} onChange={set('signerName')} size="md" data-testid="delivery-signer" />
      <Text fw={600}>{t('settle.delivery.signature')}</Text>
      <Suspense fallback={<Skeleton h={180} />}>
        <SignatureCanvas label={t('settle.delivery.signature')} onChange={setSignature} clearSignal={clear} />
      </Suspense>
      <Group>
        <Button size="md" h={44} variant="default" onClick={() => setClear((c) => c + 1)}>
          {t('settle.delivery.clearSignature')}
        </Button>
      </Group>
      {deliver.error && <ProblemAlert error={deliver.error} />}
      <Group>
        <Button size="lg" h={48} onClick={submit} disabled={!ready} loading={deliver.isPending} data-testid="delivery-submit">
          {t('settle.delivery.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
