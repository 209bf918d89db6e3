import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/components/format';
import type { AppointmentStatus } from '@/lib/api-types';
import { STATUS_COLOR } from '../utils/status';

export function AppointmentStatusBadge({ status, ...rest }: { status: AppointmentStatus } & Omit<BadgeProps, 'color' | 'children'>) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant={status === 'CONFIRMED' || status === 'ARRIVED' ? 'filled' : 'light'} size="lg" data-testid="appointment-status" data-status={status} {...rest}>
      {t(`appointment.status.${status}`)}
    </Badge>
  );
}

/** The flags an advisor must not miss: repeat repair (R-PRE-2) and an unpaid deposit (R-APT-4). */
export function AppointmentFlags({ repeatRepair, depositRequired, depositPaid, size = 'md' }: { repeatRepair: boolean; depositRequired: number; depositPaid?: number | null; size?: BadgeProps['size'] }) {
  const { t } = useTranslation();
  return (
    <>
      {repeatRepair && (
        <Badge color="red" variant="filled" size={size} data-testid="repeat-repair-badge">
          {t('appointment.repeatRepair')}
        </Badge>
      )}
      {depositRequired > 0 && !depositPaid && (
        <Badge color="orange" variant="outline" size={size} data-testid="deposit-badge">
          {t('appointment.depositAmountDue', { amount: formatMoney(depositRequired) })}
        </Badge>
      )}
    </>
  );
}
