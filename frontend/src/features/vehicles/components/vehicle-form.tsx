import { Button, Checkbox, Group, NumberInput, Paper, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import 'dayjs/locale/zh-cn';
import '@mantine/dates/styles.css';
import { useForm } from '@mantine/form';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import type { VehicleFields } from '@/lib/api-types';
import { applyServerErrors } from '@/lib/form-errors';
import type { Violation } from '@/lib/problem';
import { looksLikePlate, normalizePlate } from '../utils/plate';
import { POWERTRAINS, VEHICLE_TYPES, emptyVehicleForm, formToVehicleFields, type VehicleFormValues } from '../utils/vehicle-form-values';
import { normalizeVin, vinProblem } from '../utils/vin';

type Props = {
  initialValues?: VehicleFormValues;
  submitLabel: string;
  /** Rejects with an ApiError on failure; its violations are shown at the fields. */
  onSubmit: (body: VehicleFields) => Promise<unknown>;
  onCancel?: () => void;
  notice?: ReactNode;
};

const positiveOrEmpty = (v: number | string) => v === '' || (Number.isInteger(Number(v)) && Number(v) > 0);
const nonNegativeOrEmpty = (v: number | string) => v === '' || (Number.isInteger(Number(v)) && Number(v) >= 0);

export function VehicleForm({ initialValues, submitLabel, onSubmit, onCancel, notice }: Props) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<Violation[]>([]);
  const form = useForm<VehicleFormValues>({
    mode: 'controlled',
    initialValues: initialValues ?? emptyVehicleForm(),
    // Hints only: the server is the authority and its violations land on the same fields.
    validate: {
      vin: (v) => {
        const p = vinProblem(v);
        if (!p) return null;
        if (p.kind === 'chars') return t('vehicle.hints.vinChars');
        if (p.kind === 'length') return t('vehicle.hints.vinLength', { n: p.length });
        return t('vehicle.hints.vinCheckDigit');
      },
      plate: (v) => (looksLikePlate(v) ? null : t('vehicle.hints.plate')),
      brand: (v) => (v.trim() ? null : t('vehicle.hints.required')),
      model: (v) => (v.trim() ? null : t('vehicle.hints.required')),
      maintenanceIntervalKm: (v) => (positiveOrEmpty(v) ? null : t('vehicle.hints.positive')),
      maintenanceIntervalMonths: (v) => (positiveOrEmpty(v) ? null : t('vehicle.hints.positive')),
      lastServiceMileage: (v) => (nonNegativeOrEmpty(v) ? null : t('vehicle.hints.positive')),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    setUnmatched([]);
    try {
      await onSubmit(formToVehicleFields(values));
    } catch (e) {
      setUnmatched(applyServerErrors(form, e));
      setError(e);
    }
  });

  const vinInput = form.getInputProps('vin');
  const plateInput = form.getInputProps('plate');
  const vinLength = normalizeVin(form.values.vin).length;
  return (
    <DatesProvider settings={{ locale: i18n.language === 'en' ? 'en' : 'zh-cn', firstDayOfWeek: 1 }}>
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      <Stack gap="lg">
        {error ? <ProblemAlert error={error} extraViolations={unmatched} /> : null}
        <Paper withBorder p="lg" radius="md">
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                {...plateInput}
                label={t('vehicle.plate')}
                withAsterisk
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                className="plate-input"
                // Upper case as you type (plates are registered in capitals), but not while an
                // IME is composing the province character from pinyin.
                onChange={(e) => {
                  const raw = e.currentTarget.value;
                  form.setFieldValue('plate', (e.nativeEvent as InputEvent).isComposing ? raw : normalizePlate(raw));
                }}
                onCompositionEnd={(e) => form.setFieldValue('plate', normalizePlate(e.currentTarget.value))}
                maxLength={10}
              />
              <TextInput
                {...vinInput}
                label={t('vehicle.vin')}
                description={`${vinLength}/17`}
                withAsterisk
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                className="tabular"
                onChange={(e) => form.setFieldValue('vin', normalizeVin(e.currentTarget.value))}
                maxLength={17}
              />
              <TextInput label={t('vehicle.brand')} withAsterisk {...form.getInputProps('brand')} />
              <TextInput label={t('vehicle.model')} withAsterisk {...form.getInputProps('model')} />
              <Select
                label={t('vehicle.vehicleType')}
                data={VEHICLE_TYPES.map((v) => ({ value: v, label: t(`vehicle.types.${v}`) }))}
                allowDeselect={false}
                {...form.getInputProps('vehicleType')}
              />
              <Select
                label={t('vehicle.powertrain')}
                data={POWERTRAINS.map((v) => ({ value: v, label: t(`vehicle.powertrains.${v}`) }))}
                allowDeselect={false}
                {...form.getInputProps('powertrain')}
              />
              <TextInput label={t('vehicle.color')} {...form.getInputProps('color')} />
              <DatePickerInput label={t('vehicle.purchaseDate')} valueFormat="YYYY-MM-DD" clearable maxDate={new Date()} {...form.getInputProps('purchaseDate')} />
            </SimpleGrid>
            <Checkbox size="lg" label={t('vehicle.soldHere')} {...form.getInputProps('soldHere', { type: 'checkbox' })} />
          </Stack>
        </Paper>
        <Paper withBorder p="lg" radius="md">
          <Stack gap="md">
            <Title order={2} fz="lg">
              {t('vehicle.nextServiceDue')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <NumberInput label={t('vehicle.maintenanceIntervalKm')} min={1} step={1000} allowDecimal={false} thousandSeparator="," {...form.getInputProps('maintenanceIntervalKm')} />
              <NumberInput label={t('vehicle.maintenanceIntervalMonths')} min={1} max={60} allowDecimal={false} {...form.getInputProps('maintenanceIntervalMonths')} />
              <DatePickerInput label={t('vehicle.lastServiceDate')} valueFormat="YYYY-MM-DD" clearable maxDate={new Date()} {...form.getInputProps('lastServiceDate')} />
              <NumberInput label={t('vehicle.lastServiceMileage')} min={0} step={1000} allowDecimal={false} thousandSeparator="," {...form.getInputProps('lastServiceMileage')} />
            </SimpleGrid>
          </Stack>
        </Paper>
        <Paper withBorder p="lg" radius="md">
          <Stack gap="md">
            <Title order={2} fz="lg">
              {t('vehicle.renewals')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <DatePickerInput label={t('vehicle.insuranceExpiresOn')} valueFormat="YYYY-MM-DD" {...form.getInputProps('insuranceExpiresOn')} />
              <TextInput label={t('vehicle.insurer')} maxLength={60} {...form.getInputProps('insurer')} />
              <DatePickerInput label={t('vehicle.inspectionDueOn')} valueFormat="YYYY-MM-DD" {...form.getInputProps('inspectionDueOn')} />
            </SimpleGrid>
          </Stack>
        </Paper>
        {notice}
        <Group justify="flex-end" gap="sm">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" loading={form.submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
    </DatesProvider>
  );
}
