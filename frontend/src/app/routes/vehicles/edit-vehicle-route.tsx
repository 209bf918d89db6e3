import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ConflictNotice } from '@/components/conflict-notice';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/page-states';
import { RequirePermission } from '@/components/require-permission';
import { useVehicle } from '@/features/vehicles/api/get-vehicle';
import { useUpdateVehicle } from '@/features/vehicles/api/update-vehicle';
import { VehicleForm } from '@/features/vehicles/components/vehicle-form';
import { vehicleToForm } from '@/features/vehicles/utils/vehicle-form-values';
import { useCurrentStore } from '@/lib/current-store';
import { requireEtag, useConflict } from '@/lib/use-conflict';

function EditVehicle() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { vehicleId = '' } = useParams();
  const { store } = useCurrentStore();
  const { data, error, isPending, refetch, isRefetching } = useVehicle(store.code, vehicleId);
  const update = useUpdateVehicle(store.code, vehicleId);
  const conflict = useConflict();

  if (isPending) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const detail = `/vehicles/${vehicleId}`;
  return (
    <>
      <PageHeader title={`${t('vehicle.editTitle')} · ${data.vehicle.plate}`} backTo={detail} />
      <VehicleForm
        key={`${data.etag}:${data.vehicle.version}:${conflict.generation}`}
        initialValues={vehicleToForm(data.vehicle)}
        submitLabel={t('common.save')}
        onCancel={() => void navigate(detail)}
        notice={conflict.active && <ConflictNotice error={conflict.error} reloading={isRefetching} onReload={() => void refetch().then(conflict.clear)} />}
        onSubmit={(body) =>
          conflict.guard(async () => {
            // The owner stays; changing it is a transfer of ownership (R-ARC-2).
            await update.mutateAsync({ body: { ...body, ownerId: data.vehicle.owner.id }, etag: requireEtag(data.etag) });
            notifications.show({ color: 'green', message: t('vehicle.saved') });
            await navigate(detail, { replace: true });
          })
        }
      />
    </>
  );
}

export function EditVehicleRoute() {
  return (
    <RequirePermission permission="archive.write">
      <EditVehicle />
    </RequirePermission>
  );
}
