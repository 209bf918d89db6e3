import { Button, Group, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/components/format';
import type { RepairOrder } from '@/lib/api-types';

const SignatureCanvas = lazy(() => import('./signature-canvas'));

/**
 * R-CHK-9 (and R-CHK-1's inspection signature): the customer signs on the tablet; the drawn
 * PNG goes with the inspection, the order becomes OPEN. The name is required and
 * something must be drawn before the button wakes up.
 */
export function SignatureStep({ order, defaultSigner, busy, onSign }: { order: RepairOrder; defaultSigner: string; busy: boolean; onSign: (signerName: string, signaturePng: string) => void }) {
  const { t } = useTranslation();
  // Untouched, the field follows the owner's name (which may arrive after the step opens).
  const [typed, setSigner] = useState<string | null>(null);
  const signer = typed ?? defaultSigner;
  const [png, setPng] = useState<string | null>(null);
  const [clear, setClear] = useState(0);
  return (
    <Stack gap="md" data-testid="signature-step">
      <Text fz="lg">{t('ro.signIntro', { amount: formatMoney(order.totals.customerPayable, order.currency) })}</Text>
      <TextInput size="lg" label={t('ro.signerName')} value={signer} onChange={(e) => setSigner(e.currentTarget.value)} required data-testid="signer-name" />
      <Suspense fallback={<Skeleton h={240} />}>
        <SignatureCanvas label={t('ro.signatureArea')} onChange={setPng} clearSignal={clear} />
      </Suspense>
      <Group justify="space-between">
        <Button size="lg" h={48} variant="default" onClick={() => setClear((c) => c + 1)}>
          {t('ro.clearSignature')}
        </Button>
        <Button size="lg" h={56} disabled={!png || signer.trim() === ''} loading={busy} onClick={() => png && onSign(signer.trim(), png)} data-testid="sign">
          {t('ro.confirmSign')}
        </Button>
      </Group>
    </Stack>
  );
}
