import { ActionIcon, Button, Checkbox, Group, NumberInput, Paper, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import type { StoreSettings, StoreSettingsRequest } from '@/lib/api-types';
import { applyServerErrors } from '@/lib/form-errors';
import { ApiError, isApiError, type Violation } from '@/lib/problem';
import { useSaveStoreSettings } from '../api/store-settings';
import { NUMBER_SETTINGS, TIME_SETTINGS, toApiTime, toInputTime, weekdayKey } from './setting-fields';

type Day = { open: boolean; opens: string; closes: string };
type Values = Record<(typeof NUMBER_SETTINGS)[number]['key'], number | string> &
  Record<(typeof TIME_SETTINGS)[number]['key'], string> &
  Record<PrintKey, string> & { openingHours: Day[]; holidays: { date: string; name: string }[] };

/** Issue 14: what the printed repair order carries from the store (blank = none; the warranty terms are required). */
const PRINT_FIELDS = ['address', 'phone', 'orderTerms', 'warrantyTerms'] as const;
type PrintKey = (typeof PRINT_FIELDS)[number];

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

function initialValues(s: StoreSettings): Values {
  const v = {} as Values;
  for (const f of NUMBER_SETTINGS) v[f.key] = s[f.key] ?? f.defaultValue;
  for (const f of TIME_SETTINGS) v[f.key] = toInputTime(s[f.key]);
  v.openingHours = WEEKDAYS.map((d) => {
    const h = s.openingHours.find((x) => x.dayOfWeek === d);
    return h ? { open: true, opens: toInputTime(h.opens), closes: toInputTime(h.closes) } : { open: false, opens: '08:30', closes: '18:00' };
  });
  v.holidays = s.holidays.map((h) => ({ date: h.date, name: h.name }));
  for (const k of PRINT_FIELDS) v[k] = s[k] ?? '';
  return v;
}

/**
 * Issue 8: the store's settings — every number a rule names, each with its default and the rule
 * it drives, opening hours and holidays. Saved with If-Match; the server's violations appear on
 * the fields they name, and the change is audited by the server.
 */
export function StoreSettingsForm({ store, settings, onSaved }: { store: string; settings: StoreSettings; onSaved?: () => void }) {
  const { t } = useTranslation();
  const save = useSaveStoreSettings(store);
  const [unmatched, setUnmatched] = useState<Violation[]>([]);
  const [saved, setSaved] = useState(false);
  const form = useForm<Values>({ initialValues: initialValues(settings) });

  const submit = (v: Values) => {
    setSaved(false);
    const open = WEEKDAYS.flatMap((d, i) => (v.openingHours[i]?.open ? [{ d, h: v.openingHours[i] }] : []));
    const sentDays = open.map((o) => o.d);
    const body: StoreSettingsRequest = {
      slotMinutes: Number(v.slotMinutes),
      noShowGraceMinutes: Number(v.noShowGraceMinutes),
      depositSharePercent: Number(v.depositSharePercent),
      reminderLeadHours: Number(v.reminderLeadHours),
      repeatRepairWindowDays: Number(v.repeatRepairWindowDays),
      deliveryMarginMinutes: Number(v.deliveryMarginMinutes),
      taxRatePercent: Number(v.taxRatePercent),
      labourRate: Number(v.labourRate),
      symptomRiskMarginPercent: Number(v.symptomRiskMarginPercent),
      cataloguePriceTolerancePercent: Number(v.cataloguePriceTolerancePercent),
      photoMaxBytes: Number(v.photoMaxBytes),
      approvalLinkHours: Number(v.approvalLinkHours),
      authorizationTolerance: Number(v.authorizationTolerance),
      progressCheckPercent: Number(v.progressCheckPercent),
      majorRepairHours: Number(v.majorRepairHours),
      address: v.address.trim(),
      phone: v.phone.trim(),
      orderTerms: v.orderTerms.trim(),
      warrantyTerms: v.warrantyTerms.trim(),
      quietHoursStart: toApiTime(v.quietHoursStart),
      quietHoursEnd: toApiTime(v.quietHoursEnd),
      cashierRushStart: toApiTime(v.cashierRushStart),
      cashierRushEnd: toApiTime(v.cashierRushEnd),
      openingHours: open.map(({ d, h }) => ({ dayOfWeek: d, opens: toApiTime(h.opens), closes: toApiTime(h.closes) })),
      holidays: v.holidays.map((h) => ({ date: h.date, name: h.name.trim() })),
    };
    save.mutate(
      { version: settings.version, body },
      {
        onSuccess: () => {
          setSaved(true);
          onSaved?.();
        },
        onError: (e) => {
          // Only open days are sent: the server's openingHours[i] is the i-th open day, the form's row is its weekday.
          const err = isApiError(e)
            ? new ApiError(e.status, {
                ...e.problem,
                violations: e.violations.map((x) => ({
                  ...x,
                  field: x.field.replace(/^openingHours\[(\d+)\]/, (_, i: string) => `openingHours[${(sentDays[Number(i)] ?? 1) - 1}]`),
                })),
              })
            : e;
          setUnmatched(applyServerErrors(form, err));
        },
      },
    );
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate data-testid="store-settings-form">
      <Stack gap="lg">
        <ProblemAlert error={save.error} extraViolations={unmatched} />
        {saved && (
          <Text c="teal.8" fw={600} role="status" data-testid="settings-saved">
            {t('setup.settings.saved')}
          </Text>
        )}
        <Paper withBorder p="md">
          <Title order={2} fz="lg" mb="sm">
            {t('setup.settings.rules')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
            {NUMBER_SETTINGS.map((f) => (
              <NumberInput
                key={f.key}
                size="md"
                label={`${t(`setup.settings.fields.${f.key}.label`)} (${f.rule})`}
                description={t('setup.settings.fieldHelp', { help: t(`setup.settings.fields.${f.key}.help`), default: f.defaultValue })}
                min={f.min}
                max={f.max}
                clampBehavior="none"
                decimalScale={f.decimals}
                allowDecimal={f.decimals > 0}
                data-testid={`setting-${f.key}`}
                {...form.getInputProps(f.key)}
              />
            ))}
            {TIME_SETTINGS.map((f) => (
              <TextInput
                key={f.key}
                type="time"
                size="md"
                label={`${t(`setup.settings.fields.${f.key}.label`)} (${f.rule})`}
                description={t('setup.settings.fieldHelp', { help: t(`setup.settings.fields.${f.key}.help`), default: f.defaultValue })}
                data-testid={`setting-${f.key}`}
                {...form.getInputProps(f.key)}
              />
            ))}
          </SimpleGrid>
        </Paper>

        <Paper withBorder p="md">
          <Title order={2} fz="lg" mb={4}>
            {t('setup.settings.printed')}
          </Title>
          <Text c="dark.6" size="sm" mb="sm">
            {t('setup.settings.printedHelp')}
          </Text>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
              <TextInput size="md" label={t('setup.settings.address')} maxLength={300} data-testid="setting-address" {...form.getInputProps('address')} />
              <TextInput size="md" label={t('setup.settings.phone')} maxLength={40} data-testid="setting-phone" {...form.getInputProps('phone')} />
            </SimpleGrid>
            <Textarea size="md" autosize minRows={3} label={t('setup.settings.orderTerms')} description={t('setup.settings.orderTermsHelp')} maxLength={4000} data-testid="setting-orderTerms" {...form.getInputProps('orderTerms')} />
            <Textarea size="md" autosize minRows={3} required label={t('setup.settings.warrantyTerms')} description={t('setup.settings.warrantyTermsHelp')} maxLength={4000} data-testid="setting-warrantyTerms" {...form.getInputProps('warrantyTerms')} />
          </Stack>
        </Paper>

        <Paper withBorder p="md">
          <Title order={2} fz="lg" mb={4}>
            {t('setup.settings.openingHours')}
          </Title>
          <Text c="dimmed" size="sm" mb="sm">
            {t('setup.settings.openingHoursHelp')}
          </Text>
          <Table>
            <Table.Tbody>
              {WEEKDAYS.map((d, i) => (
                <Table.Tr key={d}>
                  <Table.Td>
                    <Checkbox size="md" label={t(weekdayKey(d))} {...form.getInputProps(`openingHours.${i}.open`, { type: 'checkbox' })} />
                  </Table.Td>
                  <Table.Td>
                    <TextInput type="time" size="md" aria-label={`${t(weekdayKey(d))} ${t('setup.settings.opens')}`} disabled={!form.getValues().openingHours[i]?.open} {...form.getInputProps(`openingHours.${i}.opens`)} />
                  </Table.Td>
                  <Table.Td>
                    <TextInput type="time" size="md" aria-label={`${t(weekdayKey(d))} ${t('setup.settings.closes')}`} disabled={!form.getValues().openingHours[i]?.open} {...form.getInputProps(`openingHours.${i}.closes`)} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>

        <Paper withBorder p="md">
          <Group justify="space-between" mb="sm">
            <Title order={2} fz="lg">
              {t('setup.settings.holidays')}
            </Title>
            <Button variant="light" h={44} onClick={() => form.insertListItem('holidays', { date: '', name: '' })} data-testid="add-holiday">
              {t('setup.settings.addHoliday')}
            </Button>
          </Group>
          {form.getValues().holidays.length === 0 && <Text c="dimmed">{t('setup.settings.noHolidays')}</Text>}
          <Stack gap="sm">
            {form.getValues().holidays.map((_, i) => (
              <Group key={i} align="flex-end" wrap="nowrap">
                <TextInput type="date" size="md" label={t('setup.settings.holidayDate')} {...form.getInputProps(`holidays.${i}.date`)} />
                <TextInput size="md" style={{ flex: 1 }} label={t('setup.settings.holidayName')} {...form.getInputProps(`holidays.${i}.name`)} />
                <ActionIcon size={44} variant="default" aria-label={t('setup.remove')} onClick={() => form.removeListItem('holidays', i)}>
                  ×
                </ActionIcon>
              </Group>
            ))}
          </Stack>
        </Paper>

        <Group justify="flex-end">
          <Button size="lg" h={48} type="submit" loading={save.isPending} data-testid="save-settings">
            {t('setup.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
