import { Badge, Group, MultiSelect, Paper, SegmentedControl, Select, Stack, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SearchIcon } from '@/components/icons';
import { LoadMore } from '@/components/load-more';
import { PageHeader } from '@/components/page-header';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { RequirePermission } from '@/components/require-permission';
import { useAdvisors } from '@/features/appointments/api/list-advisors';
import { useRepairOrderList } from '@/features/repair-orders/api/list-repair-orders';
import { formatDateTime } from '@/components/format';
import type { RepairOrderStatus } from '@/lib/api-types';
import { useCurrentStore } from '@/lib/current-store';
import { useStoreZone } from '@/lib/store-zone';

const STATUSES: RepairOrderStatus[] = ['DRAFT', 'AWAITING_SIGNATURE', 'OPEN', 'IN_PROGRESS', 'QUALITY_CHECK', 'READY_FOR_DELIVERY', 'SETTLED', 'CLOSED', 'DECLINED', 'CANCELLED'];
type Scope = 'all' | 'today' | 'open' | 'late';

/** The advisor's and foreman's order list: today's, in the shop, by status and advisor; search by number, plate (tail) or customer. */
export function RepairOrdersRoute() {
  return (
    <RequirePermission permission="repairOrders.read">
      <RepairOrdersScreen />
    </RequirePermission>
  );
}

function RepairOrdersScreen() {
  const { t } = useTranslation();
  const { store } = useCurrentStore();
  const zone = useStoreZone();
  const navigate = useNavigate();
  const [scope, setScope] = useState<Scope>('today');
  const [statuses, setStatuses] = useState<RepairOrderStatus[]>([]);
  const [advisorId, setAdvisorId] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const advisors = useAdvisors(store.code);
  const list = useRepairOrderList(store.code, { statuses, today: scope === 'today', open: scope === 'open', late: scope === 'late', advisorId: advisorId ?? undefined, q });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Stack gap="lg">
      <PageHeader title={t('orders.listTitle')} />
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <TextInput
            size="md"
            leftSection={<SearchIcon size={18} />}
            placeholder={t('orders.search')}
            aria-label={t('orders.search')}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            maxLength={50}
            data-testid="orders-search"
          />
          <Group gap="sm" wrap="wrap">
            <SegmentedControl
              size="md"
              value={scope}
              onChange={(v) => setScope(v as Scope)}
              data={(['today', 'open', 'late', 'all'] as const).map((s) => ({ value: s, label: t(`orders.scope.${s}`) }))}
              data-testid="orders-scope"
            />
            <MultiSelect
              size="md"
              miw={220}
              placeholder={t('orders.statusFilter')}
              aria-label={t('orders.statusFilter')}
              data={STATUSES.map((s) => ({ value: s, label: t(`repairOrder.statuses.${s}`) }))}
              value={statuses}
              onChange={(v) => setStatuses(v as RepairOrderStatus[])}
              clearable
              data-testid="orders-status"
            />
            <Select
              size="md"
              miw={180}
              placeholder={t('orders.anyAdvisor')}
              aria-label={t('orders.mine')}
              data={(advisors.data ?? []).map((a) => ({ value: a.id, label: a.displayName }))}
              value={advisorId}
              onChange={setAdvisorId}
              clearable
              data-testid="orders-advisor"
            />
          </Group>
        </Stack>
      </Paper>
      {list.isPending ? (
        <LoadingState />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t('orders.empty')} description={t('orders.emptyBody')} />
      ) : (
        <Paper withBorder radius="md">
          <Table fz="md" highlightOnHover data-testid="orders-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('orders.number')}</Table.Th>
                <Table.Th>{t('orders.plate')}</Table.Th>
                <Table.Th>{t('orders.model')}</Table.Th>
                <Table.Th>{t('orders.customer')}</Table.Th>
                <Table.Th>{t('ro.status')}</Table.Th>
                <Table.Th>{t('orders.createdAt')}</Table.Th>
                <Table.Th>{t('orders.promisedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((o) => (
                <Table.Tr key={o.id} h={44} style={{ cursor: 'pointer' }} onClick={() => void navigate(`/repair-orders/${o.id}`)} data-testid="orders-row">
                  <Table.Td>
                    <UnstyledButton mih={44} onClick={() => void navigate(`/repair-orders/${o.id}`)} className="tabular">
                      {o.number}
                    </UnstyledButton>
                  </Table.Td>
                  <Table.Td>
                    <span className="plate">{o.plate}</span>
                  </Table.Td>
                  <Table.Td>{o.model}</Table.Td>
                  <Table.Td>{o.customerName}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" size="lg">
                      {t(`repairOrder.statuses.${o.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{formatDateTime(o.createdAt, zone)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {o.promisedDeliveryAt ? formatDateTime(o.promisedDeliveryAt, zone) : <Text c="dimmed">—</Text>}
                      {o.late && (
                        <Badge color="red" variant="filled" data-testid="order-late">
                          {t('orders.late')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} />
        </Paper>
      )}
    </Stack>
  );
}
