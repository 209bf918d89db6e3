import { Alert, Button, Checkbox, Group, NumberInput, Paper, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '../appointments.css';
import { AlertIcon } from '@/components/icons';
import { ErrorState, LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { currentLanguage } from '@/i18n';
import type { Appointment, DocumentToBring } from '@/lib/api-types';
import { applyServerErrors } from '@/lib/form-errors';
import { useIdempotencyKey } from '@/lib/idempotency';
import { isApiError, type Violation } from '@/lib/problem';
import { formatDay, formatZonedTime, localDate } from '@/lib/zoned-time';
import { useBookAppointment } from '../api/book-appointment';
import { availabilityKey } from '../api/get-availability';
import { useSettings } from '../api/get-settings';
import { useAdvisors } from '../api/list-advisors';
import { useServiceTypes } from '../api/list-service-types';
import { DEFAULT_DOCUMENTS, DOCUMENTS, STAFF_CHANNELS, toBookingRequest, type BookingValues, type Party } from '../utils/booking';
import { DepositHint } from './deposit-hint';
import { PartsEditor } from './parts-editor';
import { ServiceTypeChips } from './service-type-chips';
import { SlotPicker, type SlotChoice } from './slot-picker';

export type BookingInitial = {
  day?: string | null;
  start?: string | null;
  advisorId?: string | null;
  serviceTypeCodes?: string[];
  requestedWork?: string;
  mileage?: number | null;
  lastServiceDate?: string | null;
  channel?: BookingValues['channel'];
};

type Props = {
  store: string;
  zone: string;
  today: string;
  /** The customer and vehicle chosen in the section above (composed by the screen); null = not yet. */
  party: Party | null;
  partySection: ReactNode;
  initial?: BookingInitial;
  /** The chosen vehicle's last service (from the archive): pre-fills the date, hints the mileage. */
  lastService?: { vehicleId: string; date: string | null; mileage: number | null } | null;
  onBooked: (appointment: Appointment) => void;
};

/** Server rule codes that mean "this time is not bookable (any more)": choose another slot. */
const isSlotRefusal = (e: unknown) => isApiError(e) && e.code === 'R-APT-3' && !e.violations.some((v) => v.field.startsWith('serviceTypeCodes'));

function Section({ n, title, children, id }: { n: number; title: string; children: ReactNode; id: string }) {
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={id}>
      <Group gap="sm" mb="md">
        <span className="step-number" aria-hidden="true">
          {n}
        </span>
        <Title order={2} fz={22} id={id}>
          {title}
        </Title>
      </Group>
      {children}
    </Paper>
  );
}

/**
 * The booking flow on one screen, top to bottom: who → what → when → details → parts.
 * A typical booking of a known car: search, tap the car, tap a service, tap a time, type
 * the request, confirm.
 */
export function BookingForm({ store, zone, today, party, partySection, initial = {}, lastService, onBooked }: Props) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const settings = useSettings(store);
  const serviceTypes = useServiceTypes(store);
  const advisors = useAdvisors(store);
  const book = useBookAppointment(store);
  const idempotency = useIdempotencyKey();
  const [partyError, setPartyError] = useState(false);
  const [slotTaken, setSlotTaken] = useState(false);
  const [unmatched, setUnmatched] = useState<Violation[]>([]);

  const form = useForm<BookingValues>({
    initialValues: {
      serviceTypeCodes: initial.serviceTypeCodes ?? [],
      advisorId: initial.advisorId ?? null,
      arrivalAt: null,
      requestedWork: initial.requestedWork ?? '',
      mileage: initial.mileage ?? '',
      lastServiceDate: initial.lastServiceDate ?? null,
      repeatRepair: false,
      documentsToBring: DEFAULT_DOCUMENTS,
      channel: initial.channel ?? 'PHONE',
      priceIndication: '',
      parts: [],
    },
    validate: {
      serviceTypeCodes: (v) => (v.length === 0 ? t('booking.missing.services') : null),
      arrivalAt: (v) => (v ? null : t('booking.missing.slot')),
      requestedWork: (v) => (v.trim() ? null : t('booking.missing.requestedWork')),
      mileage: (v) => (v !== '' && (Number(v) < 0 || Number(v) > 2_000_000) ? t('booking.missing.mileage') : null),
      parts: {
        partNumber: (v, values, path) => (partFilled(values, path) && !v.trim() ? t('common.required') : null),
        description: (v, values, path) => (partFilled(values, path) && !v.trim() ? t('common.required') : null),
        quantity: (v, values, path) => (partFilled(values, path) && !(Number(v) > 0) ? t('booking.missing.quantity') : null),
        unitPrice: (v, values, path) => (partFilled(values, path) && (v === '' || Number(v) < 0) ? t('booking.missing.price') : null),
      },
    },
  });
  const values = form.getValues();
  const slot: SlotChoice | null = values.arrivalAt ? { start: values.arrivalAt, advisorId: values.advisorId } : null;
  const setSlot = useCallback(
    (s: SlotChoice | null) => {
      form.setFieldValue('arrivalAt', s?.start ?? null);
      if (s) setSlotTaken(false);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- form's setters are stable
    [],
  );

  const lastServiceVehicle = lastService?.vehicleId;
  const lastServiceDate = lastService?.date;
  useEffect(() => {
    if (lastServiceVehicle && lastServiceDate && !form.getValues().lastServiceDate) form.setFieldValue('lastServiceDate', lastServiceDate);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per chosen vehicle
  }, [lastServiceVehicle, lastServiceDate]);

  if (settings.isPending || serviceTypes.isPending || advisors.isPending) return <LoadingState />;
  const setupError = settings.error ?? serviceTypes.error ?? advisors.error;
  if (setupError || !settings.data || !serviceTypes.data || !advisors.data) {
    return (
      <ErrorState
        error={setupError}
        onRetry={() => {
          void settings.refetch();
          void serviceTypes.refetch();
          void advisors.refetch();
        }}
      />
    );
  }
  if (serviceTypes.data.length === 0 || advisors.data.length === 0) {
    return (
      <Alert color="orange" title={t('booking.notSetUpTitle')} icon={<AlertIcon />} role="alert">
        {t('booking.notSetUp')}
      </Alert>
    );
  }

  const submit = form.onSubmit(
    async (v) => {
      if (!party) {
        setPartyError(true);
        document.getElementById('booking-party')?.scrollIntoView({ block: 'center' });
        return;
      }
      setUnmatched([]);
      setSlotTaken(false);
      const body = toBookingRequest(party, v);
      try {
        const booked = await book.mutateAsync({ body, idempotencyKey: idempotency.keyFor(body) });
        idempotency.reset();
        onBooked(booked.appointment);
      } catch (e) {
        if (isSlotRefusal(e)) {
          // Someone else took the last place meanwhile: say so, refresh, let the advisor pick again.
          setSlotTaken(true);
          form.setFieldValue('arrivalAt', null);
          await qc.invalidateQueries({ queryKey: availabilityKey(store) });
          document.getElementById('booking-time')?.scrollIntoView({ block: 'center' });
          return;
        }
        setUnmatched(applyServerErrors(form, e));
      }
    },
    () => {
      if (!party) setPartyError(true);
    },
  );

  const chosenServices = serviceTypes.data.filter((s) => values.serviceTypeCodes.includes(s.code));
  const chosenAdvisor = advisors.data.find((a) => a.id === values.advisorId);
  const showGenericError = book.error && !isSlotRefusal(book.error) && (unmatched.length > 0 || !isApiError(book.error) || book.error.violations.length === 0);

  return (
    <form onSubmit={submit} noValidate data-testid="booking-form">
      <Stack gap="lg">
        <div id="booking-party">
          <Section n={1} title={t('booking.stepParty')} id="step-party">
            {partySection}
            {partyError && !party && (
              <Text c="var(--mantine-color-error)" mt="sm" role="alert">
                {t('booking.missing.party')}
              </Text>
            )}
          </Section>
        </div>

        <Section n={2} title={t('booking.stepServices')} id="step-services">
          <ServiceTypeChips
            serviceTypes={serviceTypes.data}
            value={values.serviceTypeCodes}
            onChange={(codes) => {
              form.setFieldValue('serviceTypeCodes', codes);
              form.setFieldValue('arrivalAt', null);
            }}
            error={form.errors.serviceTypeCodes as string | undefined}
          />
        </Section>

        <div id="booking-time">
          <Section n={3} title={t('booking.stepTime')} id="step-time">
            {slotTaken && (
              <Alert color="red" variant="filled" title={t('booking.slotTakenTitle')} icon={<AlertIcon />} role="alert" mb="md" data-testid="slot-taken">
                {t('booking.slotTaken')}
              </Alert>
            )}
            <SlotPicker
              store={store}
              zone={zone}
              today={today}
              serviceTypes={values.serviceTypeCodes}
              advisors={advisors.data}
              advisorId={values.advisorId}
              onAdvisorChange={(id) => form.setFieldValue('advisorId', id)}
              value={slot}
              onChange={setSlot}
              initialDay={initial.day ?? null}
              preferredStart={initial.start ?? null}
              error={form.errors.arrivalAt as string | undefined}
            />
          </Section>
        </div>

        <Section n={4} title={t('booking.stepDetails')} id="step-details">
          <Stack gap="md">
            <Textarea label={t('booking.requestedWork')} placeholder={t('booking.requestedWorkPlaceholder')} autosize minRows={2} withAsterisk key={form.key('requestedWork')} {...form.getInputProps('requestedWork')} data-testid="requested-work" />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <NumberInput label={t('booking.mileage')} description={lastService?.mileage ? t('booking.lastMileage', { km: lastService.mileage.toLocaleString() }) : undefined} min={0} max={2_000_000} allowDecimal={false} thousandSeparator="," suffix=" km" key={form.key('mileage')} {...form.getInputProps('mileage')} data-testid="mileage" />
              <TextInput type="date" label={t('booking.lastServiceDate')} max={today} key={form.key('lastServiceDate')} {...form.getInputProps('lastServiceDate')} value={values.lastServiceDate ?? ''} onChange={(e) => form.setFieldValue('lastServiceDate', e.currentTarget.value || null)} />
            </SimpleGrid>
            <Checkbox label={t('booking.repeatRepair')} description={t('booking.repeatRepairHint')} key={form.key('repeatRepair')} {...form.getInputProps('repeatRepair', { type: 'checkbox' })} />
            <Checkbox.Group label={t('booking.documents')} value={values.documentsToBring} onChange={(v) => form.setFieldValue('documentsToBring', v as DocumentToBring[])}>
              <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm" mt="xs">
                {DOCUMENTS.map((d) => (
                  <Checkbox key={d} value={d} label={t(`appointment.documents.${d}`)} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <Stack gap={6}>
                <Text fw={500} fz="sm" id="channel-label">
                  {t('booking.channel')}
                </Text>
                <SegmentedControl
                  aria-labelledby="channel-label"
                  data={STAFF_CHANNELS.map((c) => ({ value: c, label: t(`appointment.channel.${c}`) }))}
                  value={values.channel}
                  onChange={(c) => form.setFieldValue('channel', c as BookingValues['channel'])}
                />
              </Stack>
              <NumberInput label={t('booking.priceIndication')} min={0} decimalScale={2} thousandSeparator="," prefix="¥" key={form.key('priceIndication')} {...form.getInputProps('priceIndication')} />
            </SimpleGrid>
          </Stack>
        </Section>

        <Section n={5} title={t('booking.stepParts')} id="step-parts">
          <Text c="dark.6" mb="sm">
            {t('booking.partsHint')}
          </Text>
          <PartsEditor value={values.parts} onChange={(parts) => form.setFieldValue('parts', parts)} errors={form.errors as Record<string, string>} />
          <div style={{ marginTop: 12 }}>
            <DepositHint parts={values.parts} sharePercent={settings.data.depositSharePercent} />
          </div>
        </Section>

        {showGenericError && <ProblemAlert error={book.error} extraViolations={unmatched} />}

        <div className="submit-bar">
          <Text fz="lg" fw={600} data-testid="booking-summary" style={{ flex: 1, minWidth: 0 }}>
            {slot
              ? `${formatDay(localDate(slot.start, zone), currentLanguage(), { month: 'long', day: 'numeric', weekday: 'short' })} ${formatZonedTime(slot.start, zone)} · ${chosenServices.map((s) => s.name).join('、')} · ${chosenAdvisor?.displayName ?? t('booking.anyAdvisor')}`
              : t('booking.noSlotYet')}
          </Text>
          <Button type="submit" size="xl" loading={book.isPending} data-testid="submit-booking">
            {t('booking.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

/** A part row counts once anything is typed in it; an untouched new row is ignored. */
function partFilled(values: BookingValues, path: string): boolean {
  const index = Number(path.split('.')[1]);
  const p = values.parts[index];
  return !!p && !!(p.partNumber.trim() || p.description.trim() || p.unitPrice !== '');
}
