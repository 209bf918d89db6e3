import { Anchor, Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/page-states';
import { RequirePermission } from '@/components/require-permission';
import { useRepairOrder } from '@/features/repair-orders/api/get-repair-order';
import { RepairOrderDraft } from '@/features/repair-orders/components/repair-order-draft';
import { useCurrentStore } from '@/lib/current-store';

/** A draft repair order prepared from an appointment (R-PRE-1..3); the repair-order screens come later. */
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
  if (order.isPending) return <LoadingState />;
  if (order.error) return <ErrorState error={order.error} onRetry={() => void order.refetch()} />;
  const o = order.data;
  return (
    <Stack gap="lg">
      <PageHeader title={t('repairOrder.title')} backTo={o.appointmentId ? `/appointments/${o.appointmentId}` : '/appointments'} />
      <Paper withBorder p="lg" radius="md">
        <RepairOrderDraft
          order={o}
          extra={[
            { label: t('repairOrder.customer'), value: <Anchor component={Link} to={`/customers/${o.customerId}`} className="touch-link">{t('repairOrder.openCustomer')}</Anchor> },
            { label: t('repairOrder.vehicle'), value: <Anchor component={Link} to={`/vehicles/${o.vehicleId}`} className="touch-link">{t('repairOrder.openVehicle')}</Anchor> },
          ]}
        />
      </Paper>
    </Stack>
  );
}
