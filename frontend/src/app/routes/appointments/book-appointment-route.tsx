import { Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/page-states';
import { RequirePermission } from '@/components/require-permission';
import { useAppointment } from '@/features/appointments/api/get-appointment';
import { BookingConfirmation } from '@/features/appointments/components/booking-confirmation';
import { BookingForm, type BookingInitial } from '@/features/appointments/components/booking-form';
import { useVehicle } from '@/features/vehicles/api/get-vehicle';
import type { Appointment } from '@/lib/api-types';
import { useCan } from '@/lib/authorization';
import { useCurrentStore } from '@/lib/current-store';
import { useStoreZone } from '@/lib/store-zone';
import { useNow } from '@/lib/use-now';
import { isValidDate, localDate, timeToMinutes, todayIn, zonedInstant } from '@/lib/zoned-time';
import { PartyPicker, type PartyChoice } from './party-picker';

/**
 * /appointments/new — optional pre-fills: ?date=&time=&advisor= (a tap on the calendar),
 * ?vehicle= (from the archive), ?from=<appointment> (rebook a no-show with the same car and work).
 */
export function BookAppointmentRoute() {
  return (
    <RequirePermission permission="appointments.book">
      <BookAppointment />
    </RequirePermission>
  );
}

function BookAppointment() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const { store } = useCurrentStore();
  const zone = useStoreZone();
  const now = useNow();
  const today = todayIn(zone, now);
  const fromId = params.get('from') ?? '';
  const vehicleId = params.get('vehicle') ?? '';
  const previous = useAppointment(store.code, fromId);
  const vehicle = useVehicle(store.code, vehicleId);
  // "Book another" starts a fresh form (new idempotency key, empty fields).
  const [round, setRound] = useState(0);
  const [booked, setBooked] = useState<Appointment | null>(null);

  const waitingForPrefill = (fromId && previous.isPending) || (vehicleId && vehicle.isPending);
  const prefillError = (fromId && previous.error) || (vehicleId && vehicle.error);

  return (
    <Stack gap="lg">
      <PageHeader title={t('booking.title')} backTo="/appointments" />
      {booked ? (
        <BookingConfirmation
          appointment={booked}
          zone={zone}
          actions={
            <>
              <Button component={Link} to={`/appointments/${booked.id}`} data-testid="open-booked">
                {t('booking.viewAppointment')}
              </Button>
              <Button component={Link} to={`/appointments?date=${localDate(booked.arrivalAt, zone)}&advisor=${booked.advisor.id}`} variant="light" data-testid="booked-calendar">
                {t('booking.toCalendar')}
              </Button>
              <Button
                variant="default"
                onClick={() => {
                  setBooked(null);
                  setRound((r) => r + 1);
                }}
                data-testid="book-another"
              >
                {t('booking.bookAnother')}
              </Button>
            </>
          }
        />
      ) : waitingForPrefill ? (
        <LoadingState />
      ) : prefillError ? (
        <ErrorState error={prefillError} />
      ) : (
        <BookingScreen
          key={round}
          store={store.code}
          zone={zone}
          today={today}
          initialChoice={
            fromId && previous.data
              ? partyFromAppointment(previous.data.appointment)
              : vehicleId && vehicle.data
                ? {
                    party: { kind: 'existing', customerId: vehicle.data.vehicle.owner.id, vehicleId: vehicle.data.vehicle.id },
                    label: { plate: vehicle.data.vehicle.plate, model: `${vehicle.data.vehicle.brand} ${vehicle.data.vehicle.model}`, customerName: vehicle.data.vehicle.owner.name, phone: vehicle.data.vehicle.owner.primaryPhone, isNew: false },
                    vehicle: vehicle.data.vehicle,
                  }
                : null
          }
          initial={initialFromParams(params, zone, previous.data?.appointment)}
          onBooked={setBooked}
        />
      )}
    </Stack>
  );
}

function partyFromAppointment(a: Appointment): PartyChoice {
  return {
    party: { kind: 'existing', customerId: a.customer.id, vehicleId: a.vehicle.id },
    label: { plate: a.vehicle.plate, model: a.vehicle.model, customerName: a.customer.name, phone: a.customer.phone, isNew: false },
  };
}

function initialFromParams(params: URLSearchParams, zone: string, previous: Appointment | undefined): BookingInitial {
  const date = params.get('date');
  const time = params.get('time');
  const day = isValidDate(date) ? date : null;
  const start = day && time && /^\d{2}:\d{2}$/.test(time) ? zonedInstant(day, timeToMinutes(time), zone).toISOString() : null;
  return {
    day,
    start,
    advisorId: params.get('advisor') || previous?.advisor.id || null,
    serviceTypeCodes: previous?.services.map((s) => s.code) ?? [],
    requestedWork: previous?.requestedWork ?? '',
    mileage: previous?.mileage ?? null,
    lastServiceDate: previous?.lastServiceDate ?? null,
  };
}

function BookingScreen({ store, zone, today, initialChoice, initial, onBooked }: { store: string; zone: string; today: string; initialChoice: PartyChoice | null; initial: BookingInitial; onBooked: (a: Appointment) => void }) {
  const canRegister = useCan('archive.write');
  const [choice, setChoice] = useState<PartyChoice | null>(initialChoice);
  return (
    <BookingForm
      store={store}
      zone={zone}
      today={today}
      party={choice?.party ?? null}
      partySection={<PartyPicker store={store} value={choice} onChange={setChoice} canRegister={canRegister} />}
      initial={initial}
      lastService={choice?.vehicle ? { vehicleId: choice.vehicle.id, date: choice.vehicle.lastServiceDate ?? null, mileage: choice.vehicle.lastServiceMileage ?? null } : null}
      onBooked={(a) => {
        onBooked(a);
        window.scrollTo({ top: 0 });
      }}
    />
  );
}
