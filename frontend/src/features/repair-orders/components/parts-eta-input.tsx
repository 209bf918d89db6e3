import { DatesProvider, DateTimePicker } from '@mantine/dates';
import 'dayjs/locale/zh-cn';
import '@mantine/dates/styles.css';
import { useTranslation } from 'react-i18next';

/**
 * R-CHK-8: when a part that is not in stock arrives (store-local date and time, as Mantine's
 * "YYYY-MM-DD HH:mm:ss" string). Its own chunk: @mantine/dates stays out of the initial bundle.
 */
export default function PartsEtaInput({ value, onChange }: { value: string | null; onChange: (value: string | null) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <DatesProvider settings={{ locale: i18n.language === 'en' ? 'en' : 'zh-cn', firstDayOfWeek: 1 }}>
      <DateTimePicker
        size="md"
        label={t('ro.partsAvailableAt')}
        description={t('ro.partsAvailableAtHint')}
        placeholder={t('ro.partsInStock')}
        value={value}
        onChange={onChange}
        clearable
        minDate={new Date()}
        valueFormat="YYYY-MM-DD HH:mm"
        dropdownType="modal"
        styles={{ input: { minHeight: 44 } }}
        data-testid="line-parts-available-at"
      />
    </DatesProvider>
  );
}
