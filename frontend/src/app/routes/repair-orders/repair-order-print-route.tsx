import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/page-states';
import { RequirePermission } from '@/components/require-permission';
import { useSettings } from '@/features/appointments/api/get-settings';
import { useAdvisors } from '@/features/appointments/api/list-advisors';
import { AuthorizationHistory } from '@/features/approvals/components/authorization-history';
import { useCustomer } from '@/features/customers/api/get-customer';
import { useInspection } from '@/features/inspection/api/inspection';
import { SignatureImage } from '@/features/inspection/components/signature-image';
import { InspectionSummary } from '@/features/inspection/components/inspection-summary';
import { useRepairOrder } from '@/features/repair-orders/api/get-repair-order';
import { OrderSignatureImage } from '@/features/repair-orders/components/order-signature-image';
import { RepairOrderPrint } from '@/features/repair-orders/components/repair-order-print';
import { useVehicle } from '@/features/vehicles/api/get-vehicle';
import type { RepairOrder, ServiceAdvisor } from '@/lib/api-types';
import { useCurrentStore } from '@/lib/current-store';
import './repair-order-print.css';

/**
 * The order's advisor: the one it was booked with, or else the advisor who recorded the customer's
 * signature (a walk-in checked in by whoever received the car).
 */
function advisorOf(order: RepairOrder, advisors: readonly ServiceAdvisor[] | undefined): string | null {
  const list = advisors ?? [];
  const byId = order.advisorId ? list.find((a) => a.id === order.advisorId) : undefined;
  if (byId) return byId.displayName;
  const login = order.signature?.recordedBy;
  if (!login) return null;
  return list.find((a) => a.username === login)?.displayName ?? login;
}

/** 进厂维修单: the repair order on A4, for the customer's copy and the workshop's file. */
export function RepairOrderPrintRoute() {
  return (
    <RequirePermission permission="appointments.read">
      <PrintScreen />
    </RequirePermission>
  );
}

function PrintScreen() {
  const { t } = useTranslation();
  const { repairOrderId = '' } = useParams();
  const { store } = useCurrentStore();
  const order = useRepairOrder(store.code, repairOrderId);
  const customer = useCustomer(store.code, order.data?.customerId ?? '');
  const vehicle = useVehicle(store.code, order.data?.vehicleId ?? '', !!order.data);
  const inspection = useInspection(store.code, repairOrderId);
  // Issue 14: the store's address, phone and terms, and the advisor by name, are printed too.
  const settings = useSettings(store.code);
  const advisors = useAdvisors(store.code);
  if (settings.isPending || advisors.isPending) return <LoadingState />;
  if (order.isPending || inspection.isPending || (order.data && (customer.isPending || vehicle.isPending))) return <LoadingState />;
  const error = order.error ?? customer.error ?? vehicle.error ?? inspection.error;
  if (error || !order.data) return <ErrorState error={error} onRetry={() => void order.refetch()} />;
  return (
    <>
      <div className="no-print">
        <PageHeader
          title={t('ro.printTitle')}
          backTo={`/repair-orders/${order.data.id}`}
          actions={
            <Group>
              <Button size="lg" h={48} onClick={() => window.print()} data-testid="print">
                {t('ro.printButton')}
              </Button>
            </Group>
          }
        />
      </div>
      <RepairOrderPrint
        order={order.data}
        customer={customer.data?.customer ?? null}
        vehicle={vehicle.data?.vehicle ?? null}
        storeName={store.name}
        storeInfo={settings.data}
        advisorName={advisorOf(order.data, advisors.data)}
        inspection={inspection.data ? <InspectionSummary inspection={inspection.data} /> : null}
        signatureImage={
          order.data.signature?.id ? (
            <OrderSignatureImage store={store.code} repairOrderId={order.data.id} signatureId={order.data.signature.id} />
          ) : (
            <SignatureImage store={store.code} repairOrderId={order.data.id} enabled={!!order.data.signature || !!inspection.data?.signature} />
          )
        }
      />
      {order.data.handover && (
        // R-REP-3: the printed order lists every authorization ("difference from last authorization").
        <div className="print-authorization">
          <AuthorizationHistory store={store.code} orderId={order.data.id} print />
        </div>
      )}
    </>
  );
}
