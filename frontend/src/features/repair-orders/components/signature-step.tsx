import { Alert, Button, Checkbox, Group, Paper, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/components/format';
import type { OldPartsChoice, RepairOrder } from '@/lib/api-types';
import { OLD_PARTS_CHOICES, oldPartsChoiceOf } from '../utils/old-parts';

const SignatureCanvas = lazy(() => import('@/components/signature-canvas'));

/**
 * R-CHK-9 (and R-CHK-1's inspection signature): the customer signs on the tablet; the drawn
 * PNG goes with the order (and the inspection), the order becomes OPEN. The name is required and
 * something must be drawn before the button wakes up. When there is a walk-around, the customer
 * sees it here first (marks, fuel, belongings, documents) and confirms it, since the printed
 * order says they did.
 */
export function SignatureStep({
  order,
  defaultSigner,
  busy,
  onSign,
  walkAround,
}: {
  order: RepairOrder;
  defaultSigner: string;
  busy: boolean;
  onSign: (signerName: string, signaturePng: string, oldPartsChoice: OldPartsChoice | null) => void;
  /** The walk-around summary to confirm before signing (composed by the screen). */
  walkAround?: ReactNode;
}) {
  const { t } = useTranslation();
  // Untouched, the field follows the owner's name (which may arrive after the step opens).
  const [typed, setSigner] = useState<string | null>(null);
  const signer = typed ?? defaultSigner;
  const [png, setPng] = useState<string | null>(null);
  const [clear, setClear] = useState(0);
  const [confirmed, setConfirmed] = useState(false);
  const needsConfirmation = walkAround != null;
  // R-REP-5 (旧件处理): with parts to replace, the customer says at signing what happens to the old ones; it is printed on the order.
  const replacesParts = order.lines.some((l) => l.kind === 'PART' && !l.declined);
  const [oldParts, setOldParts] = useState<OldPartsChoice | null>(oldPartsChoiceOf(order));
  // R-CHK-9: there must be something to sign; a customer who declines every line declines the order.
  const allDeclined = order.lines.length > 0 && order.lines.every((l) => l.declined);
  return (
    <Stack gap="md" data-testid="signature-step">
      {needsConfirmation && (
        <Paper withBorder p="md" radius="md" data-testid="sign-walkaround">
          <Stack gap="sm">
            <Title order={2} fz="lg">
              {t('signing.walkAroundTitle')}
            </Title>
            {walkAround}
            <Checkbox
              size="lg"
              label={t('signing.walkAroundConfirm')}
              checked={confirmed}
              onChange={(e) => setConfirmed(e.currentTarget.checked)}
              data-testid="confirm-walkaround"
            />
          </Stack>
        </Paper>
      )}
      {allDeclined ? (
        <Alert color="orange" variant="light" data-testid="all-declined">
          {t('ro.allDeclined')}
        </Alert>
      ) : (
        <Text fz="lg">{t('ro.signIntro', { amount: formatMoney(order.totals.customerPayable, order.currency) })}</Text>
      )}
      {replacesParts && (
        <Stack gap={4}>
          <Text fw={600} id="old-parts-label">
            {t('ro.oldParts')}
          </Text>
          <Group gap="sm" role="radiogroup" aria-labelledby="old-parts-label" data-testid="old-parts-choice">
            {OLD_PARTS_CHOICES.map((c) => (
              <Button key={c} role="radio" aria-checked={oldParts === c} variant={oldParts === c ? 'filled' : 'default'} size="lg" h={52} onClick={() => setOldParts(c)} data-testid={`old-parts-${c}`}>
                {t(`ro.oldPartsChoices.${c}`)}
              </Button>
            ))}
          </Group>
        </Stack>
      )}
      <TextInput size="lg" label={t('ro.signerName')} value={signer} onChange={(e) => setSigner(e.currentTarget.value)} required data-testid="signer-name" />
      <Suspense fallback={<Skeleton h={240} />}>
        <SignatureCanvas label={t('ro.signatureArea')} onChange={setPng} clearSignal={clear} />
      </Suspense>
      <Group justify="space-between">
        <Button size="lg" h={48} variant="default" onClick={() => setClear((c) => c + 1)}>
          {t('ro.clearSignature')}
        </Button>
        <Button size="lg" h={56} disabled={!png || signer.trim() === '' || (needsConfirmation && !confirmed) || (replacesParts && !oldParts) || allDeclined || busy} loading={busy} onClick={() => png && onSign(signer.trim(), png, replacesParts ? oldParts : null)} data-testid="sign">
          {t('ro.confirmSign')}
        </Button>
      </Group>
    </Stack>
  );
}
