import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/page-states';
import { RequirePermission } from '@/components/require-permission';
import { OpenCampaigns } from '@/features/campaigns/components/open-campaigns';
import { useRepairOrder } from '@/features/repair-orders/api/get-repair-order';
import { EstimateSummary } from '@/features/repair-orders/components/estimate-summary';
import { ApprovalPanel } from '@/features/approvals/components/approval-panel';
import { AuthorizationHistory } from '@/features/approvals/components/authorization-history';
import { InspectionVersions } from '@/features/inspection/components/inspection-versions';
import { OrderActions } from '@/features/repair-orders/components/order-actions';
import { FixFinding, OrderFindings } from '@/features/repair-orders/components/order-findings';
import { PromiseHistory } from '@/features/repair-orders/components/promise-history';
import { OrderQualityCheckPanel } from '@/features/quality-check/components/order-quality-check-panel';
import { RepairOrderDraft } from '@/features/repair-orders/components/repair-order-draft';
import { useCan } from '@/lib/authorization';
import { useCurrentStore } from '@/lib/current-store';
import { useStoreZone } from '@/lib/store-zone';

/** A repair order: the draft prepared from an appointment (R-PRE-1..3), its estimate, the way into check-in and the print. */
export function RepairOrderRoute() {
  return (
    <RequirePermission permission="repairOrders.read">
      <RepairOrderScreen />
    </RequirePermission>
  );
}

function RepairOrderScreen() {
  const { t } = useTranslation();
  const { repairOrderId = '' } = useParams();
  const { store } = useCurrentStore();
  const order = useRepairOrder(store.code, repairOrderId);
  const canAct = useCan('repairOrders.checkIn');
  const canReport = useCan('approvals.report');
  const canDecide = useCan('approvals.decide');
  const canQc = useCan('qualityCheck.read');
  const canSignFindings = useCan('qualityCheck.signFindings');
  const zone = useStoreZone();
  if (order.isPending) return <LoadingState />;
  if (order.error) return <ErrorState error={order.error} onRetry={() => void order.refetch()} />;
  const o = order.data;
  // R-REP-3: supplementary items exist once the workshop has the car (handed over, not yet in quality check).
  const inWorkshop = o.handover !== null && (o.status === 'OPEN' || o.status === 'IN_PROGRESS');
  const afterHandover = o.handover !== null;
  // R-QC-1..4: the quality check follows the work.
  const workStarted = afterHandover && ['IN_PROGRESS', 'QUALITY_CHECK', 'READY_FOR_DELIVERY', 'SETTLED', 'CLOSED'].includes(o.status);
  return (
    <Stack gap="lg">
      <PageHeader
        title={
          <Group gap="sm" component="span">
            <span className="plate plate-lg" data-testid="order-plate">
              {o.vehicle.plate}
            </span>
            <span className="tabular">{o.number}</span>
            <Badge size="lg" variant="light" data-testid="order-status">
              {t(`repairOrder.statuses.${o.status}`)}
            </Badge>
            {o.late && (
              <Badge size="lg" color="red" variant="filled">
                {t('orders.late')}
              </Badge>
            )}
          </Group>
        }
        backTo={o.appointmentId ? `/appointments/${o.appointmentId}` : '/repair-orders'}
        actions={
          <>
            {canAct && <OrderActions store={store.code} order={o} />}
            {canReport && inWorkshop && (
              <Button component={Link} to={`/repair-orders/${o.id}/report-finding`} size="md" h={44} variant="light" data-testid="report-finding-link">
                {t('approval.reportFinding')}
              </Button>
            )}
            {!o.availableActions.includes('release') && (
              <Button component={Link} to={`/repair-orders/${o.id}/print`} size="md" h={44} variant="default">
                {t('ro.printTitle')}
              </Button>
            )}
          </>
        }
      />
      <Text fz={20} fw={700} mt={-12} data-testid="order-header">
        {o.vehicle.model} · {o.customer.name}
        {o.customer.phone ? ` · ${o.customer.phone}` : ''}
        {o.odometerKm != null ? ` · ${t('orders.odometer')} ${t('vehicle.km', { value: o.odometerKm })}` : ''}
      </Text>
      {/* R-REM-6: the car's open campaigns; the advisor records the campaign work done on this order. */}
      <OpenCampaigns store={store.code} vehicleId={o.vehicleId} repairOrderId={o.id} />
      <Paper withBorder p="lg" radius="md">
        <RepairOrderDraft
          order={o}
          findingAction={canAct ? (f) => <FixFinding store={store.code} order={o} finding={f} /> : undefined}
          extra={[
            { label: t('repairOrder.customer'), value: <Anchor component={Link} to={`/customers/${o.customerId}`} className="touch-link">{o.customer.name}</Anchor> },
            { label: t('repairOrder.vehicle'), value: <Anchor component={Link} to={`/vehicles/${o.vehicleId}`} className="touch-link">{`${o.vehicle.plate} ${o.vehicle.model}`}</Anchor> },
          ]}
        />
      </Paper>
      {o.lines.length > 0 && (
        <Paper withBorder p="lg" radius="md">
          <EstimateSummary order={o} />
        </Paper>
      )}
      {afterHandover && (
        <Paper withBorder p="lg" radius="md">
          <PromiseHistory order={o} />
        </Paper>
      )}
      {afterHandover && (
        <Paper withBorder p="lg" radius="md">
          <Stack gap="lg">
            <ApprovalPanel store={store.code} orderId={o.id} canDecide={canDecide && inWorkshop} />
            <AuthorizationHistory store={store.code} orderId={o.id} />
          </Stack>
        </Paper>
      )}
      {workStarted && canQc && (
        <Paper withBorder p="lg" radius="md">
          <OrderQualityCheckPanel store={store.code} orderId={o.id} zone={zone} canSign={canSignFindings} canHandOver={canQc} />
        </Paper>
      )}
      <Paper withBorder p="lg" radius="md">
        <OrderFindings store={store.code} order={o} editable={canAct} />
      </Paper>
      <Paper withBorder p="lg" radius="md">
        <InspectionVersions store={store.code} repairOrderId={o.id} />
      </Paper>
    </Stack>
  );
}
