import { Button, Group, Loader, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PlusIcon, SearchIcon } from '@/components/icons';
import { PageHeader } from '@/components/page-header';
import { EmptyState, ErrorState } from '@/components/page-states';
import { Can } from '@/components/require-permission';
import { useSearchCustomers } from '@/features/customers/api/search-customers';
import { CustomerCard } from '@/features/customers/components/customer-card';
import { SetupChecklist } from '@/features/store-setup/components/setup-checklist';
import { useSearchVehicles } from '@/features/vehicles/api/search-vehicles';
import { VehicleCard } from '@/features/vehicles/components/vehicle-card';
import { useCan } from '@/lib/authorization';
import { useCurrentStore } from '@/lib/current-store';

/** Plates and VINs are stored upper case without spaces; names and phones are searched as typed. */
const vehicleQuery = (q: string) => q.toUpperCase().replace(/[\s·-]+/g, '');

function NewCustomerButton({ q }: { q: string }) {
  const { t } = useTranslation();
  const to = q ? `/customers/new?prefill=${encodeURIComponent(q)}` : '/customers/new';
  return (
    <Button component={Link} to={to} leftSection={<PlusIcon size={20} />} data-testid="new-customer">
      {t('archive.newCustomer')}
    </Button>
  );
}

/**
 * The advisor's landing screen: one box for plate / VIN / phone / name; vehicles and
 * customers are searched by prefix at the same time.
 */
export function ArchiveRoute() {
  const { t } = useTranslation();
  const { store } = useCurrentStore();
  const canWrite = useCan('archive.write');
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(() => params.get('q') ?? '');
  const [debounced] = useDebouncedValue(text.trim(), 250);

  // Keep the query in the address so that "back" from a result restores the list.
  useEffect(() => {
    if ((params.get('q') ?? '') !== debounced) setParams(debounced ? { q: debounced } : {}, { replace: true });
  }, [debounced, params, setParams]);

  const vq = vehicleQuery(debounced);
  const vehicles = useSearchVehicles(store.code, vq);
  const customers = useSearchCustomers(store.code, debounced);
  const vehicleItems = vehicles.data?.pages.flatMap((p) => p.items) ?? [];
  const customerItems = customers.data?.pages.flatMap((p) => p.items) ?? [];
  const loading = debounced !== '' && (vehicles.isPending || customers.isPending);
  const bothFailed = vehicles.error && customers.error;
  const nothing = debounced !== '' && !loading && !vehicles.error && !customers.error && vehicleItems.length === 0 && customerItems.length === 0;

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('archive.title')}
        actions={
          <Can permission="archive.write">
            <NewCustomerButton q="" />
          </Can>
        }
      />
      {/* Issue 8: the manager's home shows what the store still lacks before it can take bookings. */}
      <Can permission="stores.manage">
        <SetupChecklist store={store.code} />
      </Can>
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <TextInput
          size="xl"
          radius="md"
          type="search"
          aria-label={t('archive.searchLabel')}
          placeholder={t('archive.searchPlaceholder')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          leftSection={<SearchIcon size={26} />}
          leftSectionWidth={56}
          rightSection={loading || vehicles.isFetching || customers.isFetching ? <Loader size="sm" /> : undefined}
          autoFocus
          autoComplete="off"
          spellCheck={false}
          data-testid="archive-search"
          styles={{ input: { height: 64, fontSize: 22, borderWidth: 2 } }}
        />
      </form>

      {debounced === '' && <Text c="dark.6" fz="lg">{t('archive.searchHint')}</Text>}
      {bothFailed && <ErrorState error={vehicles.error} onRetry={() => { void vehicles.refetch(); void customers.refetch(); }} />}
      {nothing && (
        <EmptyState
          title={t('archive.noResults')}
          description={canWrite ? t('archive.noResultsBody', { q: debounced }) : t('archive.noResultsReadOnly', { q: debounced })}
          action={canWrite ? <NewCustomerButton q={debounced} /> : undefined}
        />
      )}

      {debounced !== '' && !bothFailed && (
        <>
          <ResultSection title={t('archive.vehicles')} count={vehicleItems.length} error={vehicles.error} onRetry={() => void vehicles.refetch()} testId="vehicle-results">
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              {vehicleItems.map((v) => (
                <VehicleCard key={v.id} vehicle={v} to={`/vehicles/${v.id}`} />
              ))}
            </SimpleGrid>
            {vehicles.hasNextPage && (
              <Button variant="light" onClick={() => void vehicles.fetchNextPage()} loading={vehicles.isFetchingNextPage}>
                {t('common.loadMore')}
              </Button>
            )}
          </ResultSection>
          <ResultSection title={t('archive.customers')} count={customerItems.length} error={customers.error} onRetry={() => void customers.refetch()} testId="customer-results">
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              {customerItems.map((c) => (
                <CustomerCard key={c.id} customer={c} to={`/customers/${c.id}`} />
              ))}
            </SimpleGrid>
            {customers.hasNextPage && (
              <Button variant="light" onClick={() => void customers.fetchNextPage()} loading={customers.isFetchingNextPage}>
                {t('common.loadMore')}
              </Button>
            )}
          </ResultSection>
        </>
      )}
    </Stack>
  );
}

function ResultSection({ title, count, error, onRetry, testId, children }: { title: string; count: number; error: unknown; onRetry: () => void; testId: string; children: ReactNode }) {
  if (!error && count === 0) return null;
  return (
    <Stack gap="sm" component="section" aria-label={title} data-testid={testId}>
      <Group gap="xs">
        <Title order={2} fz={20}>
          {title}
        </Title>
        {!error && <Text c="dark.6">({count})</Text>}
      </Group>
      {error ? <ErrorState error={error} onRetry={onRetry} /> : children}
    </Stack>
  );
}
