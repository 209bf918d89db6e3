import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/page-states';
import { RequirePermission } from '@/components/require-permission';
import { useCustomer } from '@/features/customers/api/get-customer';
import { useCreateVehicle } from '@/features/vehicles/api/create-vehicle';
import { VehicleForm } from '@/features/vehicles/components/vehicle-form';
import { useCurrentStore } from '@/lib/current-store';
import { useIdempotencyKey } from '@/lib/idempotency';

function NewVehicle() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { customerId = '' } = useParams();
  const { store } = useCurrentStore();
  const owner = useCustomer(store.code, customerId);
  const create = useCreateVehicle(store.code);
  const idempotency = useIdempotencyKey();

  if (owner.isPending) return <LoadingState />;
  if (owner.error) return <ErrorState error={owner.error} onRetry={() => void owner.refetch()} />;
  const back = `/customers/${customerId}`;
  return (
    <>
      <PageHeader title={t('vehicle.newFor', { name: owner.data.customer.name })} backTo={back} />
      <VehicleForm
        submitLabel={t('common.save')}
        onCancel={() => void navigate(back)}
        onSubmit={async (update) => {
          const body = { ...update, ownerId: customerId };
          const created = await create.mutateAsync({ body, idempotencyKey: idempotency.keyFor(body) });
          idempotency.reset();
          notifications.show({ color: 'green', message: t('vehicle.created') });
          await navigate(`/vehicles/${created.vehicle.id}`, { replace: true });
        }}
      />
    </>
  );
}

export function NewVehicleRoute() {
  return (
    <RequirePermission permission="archive.write">
      <NewVehicle />
    </RequirePermission>
  );
}
