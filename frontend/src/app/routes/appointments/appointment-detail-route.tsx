import { Alert, Anchor, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ConflictNotice } from '@/components/conflict-notice';
import { ErrorState, LoadingState } from '@/components/page-states';
import { PageHeader } from '@/components/page-header';
import { RequirePermission } from '@/components/require-permission';
import { useAppointment } from '@/features/appointments/api/get-appointment';
import { AppointmentActions } from '@/features/appointments/components/appointment-actions';
import { AppointmentSummary } from '@/features/appointments/components/appointment-summary';
import { ReadinessChecklist } from '@/features/appointments/components/readiness-checklist';
import { AppointmentFlags, AppointmentStatusBadge } from '@/features/appointments/components/status-badge';
import { canEditReadiness, isOpen } from '@/features/appointments/utils/status';
import { AppointmentNotifications } from '@/features/notifications/components/notification-list';
import { useRepairOrder } from '@/features/repair-orders/api/get-repair-order';
import { currentLanguage } from '@/i18n';
import { useCan } from '@/lib/authorization';
import { useCurrentStore } from '@/lib/current-store';
import { useSession } from '@/lib/session';
import { useStoreZone } from '@/lib/store-zone';
import { useNow } from '@/lib/use-now';
import { formatZonedDateTime, localDate, todayIn } from '@/lib/zoned-time';

export function AppointmentDetailRoute() {
  return (
    <RequirePermission permission="appointments.read">
      <AppointmentDetail />
    </RequirePermission>
  );
}

function AppointmentDetail() {
  const { t } = useTranslation();
  const { appointmentId = '' } = useParams();
  const { store } = useCurrentStore();
  const { roles } = useSession();
  const zone = useStoreZone();
  const now = useNow();
  const navigate = useNavigate();
  const { hash } = useLocation();
  const canReadReadiness = useCan('readiness.read');
  const { data, error, isPending, isFetching, refetch } = useAppointment(store.code, appointmentId);
  const [conflict, setConflict] = useState(false);

  // From the readiness list: straight to the checklist.
  useEffect(() => {
    if (hash === '#readiness' && data) document.getElementById('readiness')?.scrollIntoView({ block: 'start' });
  }, [hash, data]);

  if (isPending) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const { appointment: a, etag } = data;
  const day = localDate(a.arrivalAt, zone);

  return (
    <Stack gap="lg">
      <PageHeader
        title={
          <span className="plate plate-lg" data-testid="appointment-plate">
            {a.vehicle.plate}
          </span>
        }
        backTo={`/appointments?date=${day}`}
        badge={
          <Group gap="xs">
            <AppointmentStatusBadge status={a.status} size="xl" />
            <AppointmentFlags repeatRepair={a.repeatRepair} depositRequired={a.deposit.required} depositPaid={a.deposit.paid} size="lg" />
          </Group>
        }
      />
      <Text fz={24} fw={800} mt={-12} data-testid="appointment-time">
        {formatZonedDateTime(a.arrivalAt, zone, currentLanguage())} · {a.customer.name} · {a.services.map((s) => s.name).join('、')}
      </Text>

      {conflict && (
        <ConflictNotice
          reloading={isFetching}
          onReload={() => {
            setConflict(false);
            void refetch();
          }}
        />
      )}
      {a.status === 'RESCHEDULED' && a.rescheduledTo && (
        <Alert color="gray" title={t('detail.rescheduledTitle')}>
          <Anchor component={Link} to={`/appointments/${a.rescheduledTo}`} className="touch-link" fw={700}>
            {t('detail.openNew')}
          </Anchor>
        </Alert>
      )}
      <AppointmentActions
        store={store.code}
        zone={zone}
        today={todayIn(zone, now)}
        appointment={a}
        etag={etag}
        onConflict={() => {
          setConflict(true);
          void refetch();
        }}
        onRescheduled={(next) => void navigate(`/appointments/${next.id}`, { replace: true })}
        onCheckedIn={(repairOrderId) => void navigate(`/check-in/${repairOrderId}`)}
      />

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder p="lg" radius="md" h="100%">
            <AppointmentSummary appointment={a} zone={zone} />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            {canReadReadiness && (isOpen(a.status) || a.status === 'ARRIVED') && (
              <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="readiness" id="readiness-section">
                <Title order={2} fz={20} mb="xs" id="readiness">
                  {t('readiness.title')}
                </Title>
                <Text c="dark.6" mb="md" fz="sm">
                  {t('readiness.intro')}
                </Text>
                <ReadinessChecklist store={store.code} zone={zone} appointmentId={a.id} editable={canEditReadiness(a.status, roles)} />
              </Paper>
            )}
            {a.repairOrderId && <RepairOrderLink store={store.code} id={a.repairOrderId} />}
            <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="notifications">
              <Title order={2} fz={20} mb="md" id="notifications">
                {t('notifications.title')}
              </Title>
              <AppointmentNotifications store={store.code} zone={zone} appointmentId={a.id} />
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function RepairOrderLink({ store, id }: { store: string; id: string }) {
  const { t } = useTranslation();
  const order = useRepairOrder(store, id);
  const canCheckIn = useCan('repairOrders.checkIn');
  // An arrived car whose order is not signed yet: one tap into the check-in wizard where it stopped.
  const checkingIn = canCheckIn && (order.data?.status === 'DRAFT' || order.data?.status === 'AWAITING_SIGNATURE');
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="repair-order">
      <Title order={2} fz={20} mb="xs" id="repair-order">
        {t('repairOrder.draftTitle')}
      </Title>
      <Anchor component={Link} to={`/repair-orders/${id}`} fz={22} fw={800} className="touch-link tabular" data-testid="repair-order-link">
        {order.data?.number ?? (order.error ? t('repairOrder.open') : '…')}
      </Anchor>
      {order.data?.carriedFindings.length ? <Text c="orange.9">{t('repairOrder.findingsCount', { count: order.data.carriedFindings.length })}</Text> : null}
      {checkingIn && (
        <Button component={Link} to={`/check-in/${id}`} color="green" size="lg" h={56} mt="sm" fullWidth data-testid="continue-check-in">
          {t('repairOrder.continueCheckIn')}
        </Button>
      )}
    </Paper>
  );
}
