import { Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/page-states';
import { RequirePermission } from '@/components/require-permission';
import { ReportFindingForm } from '@/features/approvals/components/report-finding-form';
import { useRepairOrder } from '@/features/repair-orders/api/get-repair-order';
import { useCurrentStore } from '@/lib/current-store';

/** R-REP-3: the technician's "report a finding" screen for one order (phone-sized). */
export function ReportFindingRoute() {
  return (
    <RequirePermission permission="approvals.report">
      <ReportFinding />
    </RequirePermission>
  );
}

function ReportFinding() {
  const { t } = useTranslation();
  const { repairOrderId = '' } = useParams();
  const { store } = useCurrentStore();
  const navigate = useNavigate();
  const order = useRepairOrder(store.code, repairOrderId);
  if (order.isPending) return <LoadingState />;
  if (order.error) return <ErrorState error={order.error} onRetry={() => void order.refetch()} />;
  return (
    <Stack gap="md" maw={560}>
      <PageHeader title={t('approval.reportTitle', { number: order.data.number })} backTo={`/repair-orders/${repairOrderId}`} />
      <Text mt={-8}>
        <span className="plate">{order.data.vehicle.plate}</span> {order.data.vehicle.model}
      </Text>
      <Text c="dimmed">{t('approval.reportIntro')}</Text>
      <Paper withBorder p="md" radius="md">
        <ReportFindingForm
          store={store.code}
          orderId={repairOrderId}
          onReported={() => {
            notifications.show({ color: 'green', message: t('approval.submitted') });
            void navigate(`/repair-orders/${repairOrderId}`);
          }}
        />
      </Paper>
    </Stack>
  );
}
