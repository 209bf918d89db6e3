import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PricingMode } from '@/lib/api-types';

/**
 * R-CHK-4: what the customer must be told about a job's pricing mode. SYMPTOM pricing adds
 * the store's risk margin; ITEM pricing carries "quality not guaranteed".
 */
export function PricingModeNotice({ mode, riskMarginPercent }: { mode: PricingMode; riskMarginPercent: number }) {
  const { t } = useTranslation();
  if (mode === 'SYSTEM') return null;
  return (
    <Alert color={mode === 'ITEM' ? 'orange' : 'blue'} variant="light" data-testid="pricing-mode-notice" role="note">
      {mode === 'ITEM' ? t('ro.pricingNotice.ITEM') : t('ro.pricingNotice.SYMPTOM', { percent: riskMarginPercent })}
    </Alert>
  );
}
