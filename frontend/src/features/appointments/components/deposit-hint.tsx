import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/components/format';
import { highValueTotal, requiredDeposit, type PartLine } from '../utils/deposit';

/** R-APT-4 before booking: what the customer will be asked to pay, so the advisor can say it on the phone. */
export function DepositHint({ parts, sharePercent }: { parts: readonly PartLine[]; sharePercent: number }) {
  const { t } = useTranslation();
  const deposit = requiredDeposit(parts, sharePercent);
  if (deposit <= 0) return null;
  return (
    <Alert color="orange" variant="light" title={t('booking.depositTitle')} data-testid="deposit-hint" aria-live="polite">
      {t('booking.depositHint', { amount: formatMoney(deposit), total: formatMoney(highValueTotal(parts)), share: sharePercent })}
    </Alert>
  );
}
