import { DatesProvider, DateTimePicker } from '@mantine/dates';
import 'dayjs/locale/zh-cn';
import '@mantine/dates/styles.css';
import { useTranslation } from 'react-i18next';

export type DateTimeInputProps = {
  label: string;
  description?: string;
  placeholder?: string;
  /** The store's wall clock as Mantine's "YYYY-MM-DD HH:mm:ss" string (see zonedWallTimeToIso / isoToZonedWallTime). */
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string | null;
  required?: boolean;
  clearable?: boolean;
  testId: string;
};

/**
 * A date and time on the store's wall clock, with Mantine's picker in the app's language (a modal on
 * touch screens, 44 px high). Import it lazily: @mantine/dates stays out of the initial bundle.
 */
export default function DateTimeInput({ label, description, placeholder, value, onChange, error, required, clearable, testId }: DateTimeInputProps) {
  const { t, i18n } = useTranslation();
  return (
    <DatesProvider settings={{ locale: i18n.language === 'en' ? 'en' : 'zh-cn', firstDayOfWeek: 1 }}>
      <DateTimePicker
        size="md"
        label={label}
        description={description}
        placeholder={placeholder}
        value={value}
        onChange={onChange}
        error={error}
        withAsterisk={required}
        clearable={clearable}
        minDate={new Date()}
        valueFormat="YYYY-MM-DD HH:mm"
        dropdownType="modal"
        styles={{ input: { minHeight: 44 } }}
        timePickerProps={{
          hoursInputLabel: t('common.hours'),
          minutesInputLabel: t('common.minutes'),
          hoursInputProps: { 'data-testid': `${testId}-hours` },
          minutesInputProps: { 'data-testid': `${testId}-minutes` },
        }}
        submitButtonProps={{ 'aria-label': t('common.confirm'), ...({ 'data-testid': `${testId}-submit` } as Record<string, string>) }}
        getDayProps={(date) => ({ 'data-testid': `${testId}-day-${date}` })}
        data-testid={testId}
      />
    </DatesProvider>
  );
}
