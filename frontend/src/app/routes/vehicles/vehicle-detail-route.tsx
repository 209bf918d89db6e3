import { Anchor, Button, Grid, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/page-states';
import { Can } from '@/components/require-permission';
import { OpenCampaigns } from '@/features/campaigns/components/open-campaigns';
import { CustomerPicker } from '@/features/customers/components/customer-picker';
import { useVehicle } from '@/features/vehicles/api/get-vehicle';
import { useTransferOwnership } from '@/features/vehicles/api/transfer-ownership';
import { NextServiceDue } from '@/features/vehicles/components/next-service-due';
import { OwnershipHistory } from '@/features/vehicles/components/ownership-history';
import { ServiceHistory } from '@/features/vehicles/components/service-history';
import { TransferOwnershipForm } from '@/features/vehicles/components/transfer-ownership-form';
import { VehicleDetails } from '@/features/vehicles/components/vehicle-details';
import { useCurrentStore } from '@/lib/current-store';
import { isApiError } from '@/lib/problem';
import { requireEtag } from '@/lib/use-conflict';

const customerHref = (id: string) => `/customers/${id}`;

export function VehicleDetailRoute() {
  const { t } = useTranslation();
  const { vehicleId = '' } = useParams();
  const { store } = useCurrentStore();
  const { data, error, isPending, refetch } = useVehicle(store.code, vehicleId);
  const transfer = useTransferOwnership(store.code, vehicleId);
  const [transferOpen, setTransferOpen] = useState(false);

  if (isPending) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const { vehicle } = data;

  return (
    <Stack gap="lg">
      <PageHeader
        title={
          <span className="plate plate-lg" data-testid="vehicle-plate">
            {vehicle.plate}
          </span>
        }
        backTo="/"
        actions={
          <>
          <Can permission="repairOrders.checkIn">
            <Button component={Link} to={`/check-in?vehicle=${vehicle.id}`} color="green" data-testid="vehicle-check-in">
              {t('vehicle.checkIn')}
            </Button>
          </Can>
          <Can permission="archive.write">
            <Button variant="default" component={Link} to={`/vehicles/${vehicle.id}/edit`} data-testid="edit-vehicle">
              {t('common.edit')}
            </Button>
            <Button variant="light" onClick={() => setTransferOpen(true)} data-testid="transfer-ownership">
              {t('vehicle.transfer')}
            </Button>
          </Can>
          </>
        }
      />
      <Text fz={22} fw={700} mt={-12}>
        {vehicle.brand} {vehicle.model}
      </Text>
      <OpenCampaigns store={store.code} vehicleId={vehicle.id} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Paper withBorder p="lg" radius="md" h="100%">
            <VehicleDetails vehicle={vehicle} />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <NextServiceDue due={vehicle.nextServiceDue} />
            <Paper withBorder p="md" radius="md">
              <Text size="sm" fw={700} c="dark.6">
                {t('vehicle.owner')}
              </Text>
              <Anchor component={Link} to={customerHref(vehicle.owner.id)} fz={20} fw={700} className="touch-link" data-testid="vehicle-owner">
                {vehicle.owner.name}
              </Anchor>
              <Text className="tabular" fz="lg">
                {vehicle.owner.primaryPhone}
              </Text>
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="ownerships">
        <Title order={2} fz={20} mb="md" id="ownerships">
          {t('vehicle.ownerships')}
        </Title>
        <OwnershipHistory store={store.code} vehicleId={vehicle.id} customerHref={customerHref} />
      </Paper>
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="service-history">
        <Title order={2} fz={20} mb="xs" id="service-history">
          {t('vehicle.serviceHistory')}
        </Title>
        <ServiceHistory store={store.code} vehicleId={vehicle.id} />
      </Paper>

      <Modal opened={transferOpen} onClose={() => setTransferOpen(false)} title={<Text component="span" fw={700} fz={22}>{t('vehicle.transferTitle')}</Text>} size="lg" centered>
        <TransferOwnershipForm
          currentOwnerId={vehicle.owner.id}
          renderOwnerPicker={(p) => <CustomerPicker store={store.code} excludeIds={[vehicle.owner.id]} {...p} />}
          onCancel={() => setTransferOpen(false)}
          onSubmit={async (body) => {
            try {
              await transfer.mutateAsync({ body, etag: requireEtag(data.etag) });
            } catch (e) {
              // Someone else changed the vehicle meanwhile: show it with the fresh data.
              if (isApiError(e) && e.status === 412) void refetch();
              throw e;
            }
            setTransferOpen(false);
            notifications.show({ color: 'green', message: t('vehicle.transferred') });
          }}
        />
      </Modal>
    </Stack>
  );
}
