import { Anchor, Button, Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/page-states';
import { RequirePermission } from '@/components/require-permission';
import { useRepairOrder } from '@/features/repair-orders/api/get-repair-order';
import { EstimateSummary } from '@/features/repair-orders/components/estimate-summary';
import { InspectionVersions } from '@/features/inspection/components/inspection-versions';
import { RepairOrderDraft } from '@/features/repair-orders/components/repair-order-draft';
import { useCan } from '@/lib/authorization';
import { useCurrentStore } from '@/lib/current-store';

/** A repair order: the draft prepared from an appointment (R-PRE-1..3), its estimate, the way into check-in and the print. */
export function RepairOrderRoute() {
  return (
    <RequirePermission permission="appointments.read">
      <RepairOrderScreen />
    </RequirePermission>
  );
}

function RepairOrderScreen() {
  const { t } = useTranslation();
  const { repairOrderId = '' } = useParams();
  const { store } = useCurrentStore();
  const order = useRepairOrder(store.code, repairOrderId);
  const canCheckIn = useCan('repairOrders.checkIn');
  if (order.isPending) return <LoadingState />;
  if (order.error) return <ErrorState error={order.error} onRetry={() => void order.refetch()} />;
  const o = order.data;
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('repairOrder.title')}
        backTo={o.appointmentId ? `/appointments/${o.appointmentId}` : '/appointments'}
        actions={
          <>
            {canCheckIn && (
              <Button component={Link} to={`/check-in/${o.id}`} size="md" h={44} data-testid="continue-check-in">
                {t('checkIn.title')}
              </Button>
            )}
            <Button component={Link} to={`/repair-orders/${o.id}/print`} size="md" h={44} variant="default">
              {t('ro.printTitle')}
            </Button>
          </>
        }
      />
      <Paper withBorder p="lg" radius="md">
        <RepairOrderDraft
          order={o}
          extra={[
            { label: t('repairOrder.customer'), value: <Anchor component={Link} to={`/customers/${o.customerId}`} className="touch-link">{t('repairOrder.openCustomer')}</Anchor> },
            { label: t('repairOrder.vehicle'), value: <Anchor component={Link} to={`/vehicles/${o.vehicleId}`} className="touch-link">{t('repairOrder.openVehicle')}</Anchor> },
          ]}
        />
      </Paper>
      {o.lines.length > 0 && (
        <Paper withBorder p="lg" radius="md">
          <EstimateSummary order={o} />
        </Paper>
      )}
      <Paper withBorder p="lg" radius="md">
        <InspectionVersions store={store.code} repairOrderId={o.id} />
      </Paper>
    </Stack>
  );
}
