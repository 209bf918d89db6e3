import { Badge, Button, Paper, SimpleGrid, Stack, Title, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PlusIcon } from '@/components/icons';
import { PageHeader } from '@/components/page-header';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { Can } from '@/components/require-permission';
import { useCustomer } from '@/features/customers/api/get-customer';
import { useCustomerVehicles } from '@/features/customers/api/get-customer-vehicles';
import { CustomerDetails } from '@/features/customers/components/customer-details';
import { VehicleCard } from '@/features/vehicles/components/vehicle-card';
import { CarIcon } from '@/components/icons';
import { useCurrentStore } from '@/lib/current-store';

export function CustomerDetailRoute() {
  const { t } = useTranslation();
  const { customerId = '' } = useParams();
  const { store } = useCurrentStore();
  const { data, error, isPending, refetch } = useCustomer(store.code, customerId);
  const vehicles = useCustomerVehicles(store.code, customerId);

  if (isPending) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const { customer } = data;
  const addVehicle = (
    <Can permission="archive.write">
      <Button component={Link} to={`/customers/${customer.id}/vehicles/new`} leftSection={<PlusIcon size={20} />} data-testid="add-vehicle">
        {t('customer.addVehicle')}
      </Button>
    </Can>
  );

  return (
    <Stack gap="lg">
      <PageHeader
        title={customer.name}
        backTo="/"
        badge={
          <Group gap="xs">
            {customer.type === 'COMPANY' && <Badge size="lg" variant="light" color="indigo">{t('customer.types.COMPANY')}</Badge>}
            {customer.clubMember && <Badge size="lg" color="yellow.8">{t('customer.clubMemberBadge')}</Badge>}
          </Group>
        }
        actions={
          <Can permission="archive.write">
            <Button variant="default" component={Link} to={`/customers/${customer.id}/edit`} data-testid="edit-customer">
              {t('common.edit')}
            </Button>
          </Can>
        }
      />
      <Paper withBorder p="lg" radius="md">
        <CustomerDetails customer={customer} />
      </Paper>
      <Stack gap="sm" component="section" aria-labelledby="customer-vehicles">
        <Group justify="space-between">
          <Title order={2} fz={22} id="customer-vehicles">
            {t('customer.vehicles')}
          </Title>
          {vehicles.data && vehicles.data.length > 0 && addVehicle}
        </Group>
        {vehicles.isPending && <LoadingState />}
        {vehicles.error && <ErrorState error={vehicles.error} onRetry={() => void vehicles.refetch()} />}
        {vehicles.data && vehicles.data.length === 0 && <EmptyState icon={<CarIcon size={32} />} title={t('customer.noVehicles')} action={addVehicle} />}
        {vehicles.data && vehicles.data.length > 0 && (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {vehicles.data.map((v) => (
              <VehicleCard key={v.id} vehicle={v} to={`/vehicles/${v.id}`} showOwner={false} />
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </Stack>
  );
}
