import { Button, Chip, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { RequirePermission } from '@/components/require-permission';
import { useBookAppointment } from '@/features/appointments/api/book-appointment';
import { useAdvisors } from '@/features/appointments/api/list-advisors';
import { useServiceTypes } from '@/features/appointments/api/list-service-types';
import { SlotPicker, type SlotChoice } from '@/features/appointments/components/slot-picker';
import type { BookingRequest } from '@/features/follow-up/components/reminder-call';
import { ComplaintCallback } from '@/features/complaints/components/complaint-callback';
import { CoverageFigure } from '@/features/follow-up/components/coverage-figure';
import { DeclinedWorkFigure } from '@/features/follow-up/components/declined-work-figure';
import { WorkQueue } from '@/features/follow-up/components/work-queue';
import { ServiceHistory } from '@/features/vehicles/components/service-history';
import { useIdempotencyKey } from '@/lib/idempotency';
import { useCurrentStore } from '@/lib/current-store';
import { useStoreZone } from '@/lib/store-zone';
import { todayIn } from '@/lib/zoned-time';

export function FollowUpRoute() {
  return (
    <RequirePermission permission="followUp.work">
      <FollowUp />
    </RequirePermission>
  );
}

function FollowUp() {
  const { t } = useTranslation();
  const { store } = useCurrentStore();
  const zone = useStoreZone();
  return (
    <Stack gap="md">
      <PageHeader title={t('followUp.title')} />
      <Text c="dark.6" fz="lg">
        {t('followUp.intro')}
      </Text>
      <WorkQueue
        store={store.code}
        zone={zone}
        renderHistory={(item) =>
          item.task.vehicle ? (
            <Paper withBorder p="sm" radius="sm">
              <Title order={4} fz="md" mb="xs">
                {t('followUp.history', { plate: item.task.vehicle.plate })}
              </Title>
              <ServiceHistory store={store.code} vehicleId={item.task.vehicle.id} />
            </Paper>
          ) : null
        }
        renderBooking={(req) => <ReminderBooking store={store.code} zone={zone} req={req} />}
        renderCallExtra={(item) =>
          item.task.type === 'COMPLAINT_CALLBACK' && item.task.subject.type === 'COMPLAINT' ? <ComplaintCallback store={store.code} complaintId={item.task.subject.id} /> : null
        }
      />
      <CoverageFigure store={store.code} />
      <DeclinedWorkFigure store={store.code} />
    </Stack>
  );
}

/** R-APT-1 dealer-initiated: book from the reminder call in two taps (a service type, a free slot), then the call is BOOKED. */
function ReminderBooking({ store, zone, req }: { store: string; zone: string; req: BookingRequest }) {
  const { t } = useTranslation();
  const serviceTypes = useServiceTypes(store);
  const advisors = useAdvisors(store);
  const book = useBookAppointment(store);
  const idempotency = useIdempotencyKey();
  const [types, setTypes] = useState<string[]>([]);
  const [advisorId, setAdvisorId] = useState<string | null>(null);
  const [slot, setSlot] = useState<SlotChoice | null>(null);
  const chosen = types.length > 0 ? types : serviceTypes.data?.[0] ? [serviceTypes.data[0].code] : [];
  const customer = req.task.customer;
  if (!customer || !serviceTypes.data || !advisors.data) return null;
  const submit = async () => {
    if (!slot) return;
    const body = {
      customerId: customer.id,
      vehicleId: req.cycle.vehicleId,
      serviceTypeCodes: chosen,
      advisorId: slot.advisorId ?? advisorId,
      arrivalAt: slot.start,
      mileage: req.mileage,
      requestedWork: req.request.trim() === '' ? t('followUp.reminder.requestedWork') : req.request.trim(),
      origin: 'DEALER' as const,
      channel: 'PHONE' as const,
      reminderTaskId: req.task.id,
    };
    const booked = await book.mutateAsync({ body, idempotencyKey: idempotency.keyFor(body) });
    idempotency.reset();
    req.onBooked(booked.appointment.id);
  };
  return (
    <Paper withBorder p="sm" radius="sm" data-testid="reminder-booking">
      <Stack gap="sm">
        <Chip.Group multiple value={chosen} onChange={setTypes}>
          <Group gap="xs">
            {serviceTypes.data.map((s) => (
              <Chip key={s.code} value={s.code} size="md">
                {s.name}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <SlotPicker store={store} zone={zone} today={todayIn(zone)} serviceTypes={chosen} advisors={advisors.data} advisorId={advisorId} onAdvisorChange={setAdvisorId} value={slot} onChange={setSlot} />
        <Button mih={44} color="green" disabled={!slot} loading={book.isPending} onClick={() => void submit().catch(() => undefined)} data-testid="reminder-book-confirm">
          {t('followUp.reminder.confirmBooking')}
        </Button>
        {book.error && <ProblemAlert error={book.error} />}
      </Stack>
    </Paper>
  );
}
