import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '@/components/format';
import type { Vehicle } from '@/lib/api-types';
import { useStoreZone } from '@/lib/store-zone';

/** Next maintenance: the earlier of the date and the mileage (R-REM-1), computed by the server. */
export function NextServiceDue({ due }: { due: Vehicle['nextServiceDue'] }) {
  const { t } = useTranslation();
  const zone = useStoreZone();
  const date = due?.date ? formatDate(due.date, zone) : null;
  const mileage = due?.mileage !== null && due?.mileage !== undefined ? formatNumber(due.mileage) : null;
  let text: string;
  if (date && mileage) text = t('vehicle.nextServiceDueValue', { date, mileage });
  else if (date) text = date;
  else if (mileage) text = t('vehicle.km', { value: mileage });
  else text = t('vehicle.nextServiceUnknown');
  return (
    <Paper p="md" radius="md" className="due-panel" data-testid="next-service-due">
      <Text size="sm" fw={700} c="dark.6">
        {t('vehicle.nextServiceDue')}
      </Text>
      <Text fz={date || mileage ? 22 : 'md'} fw={date || mileage ? 700 : 400} c="dark.9">
        {text}
      </Text>
    </Paper>
  );
}
