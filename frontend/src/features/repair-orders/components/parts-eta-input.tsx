import { useTranslation } from 'react-i18next';
import DateTimeInput from '@/components/date-time-input';

/**
 * R-CHK-8: when a part that is not in stock arrives (store-local date and time, as Mantine's
 * "YYYY-MM-DD HH:mm:ss" string). Its own chunk: @mantine/dates stays out of the initial bundle.
 */
export default function PartsEtaInput({ value, onChange }: { value: string | null; onChange: (value: string | null) => void }) {
  const { t } = useTranslation();
  return (
    <DateTimeInput
      label={t('ro.partsAvailableAt')}
      description={t('ro.partsAvailableAtHint')}
      placeholder={t('ro.partsInStock')}
      value={value}
      onChange={onChange}
      clearable
      testId="line-parts-available-at"
    />
  );
}
