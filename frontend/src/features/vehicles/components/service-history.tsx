import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatMoney, formatNumber } from '@/components/format';
import { LoadMore } from '@/components/load-more';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { HistoryIcon } from '@/components/icons';
import { useServiceHistory } from '../api/get-service-history';
import { useStoreZone } from '@/lib/store-zone';

/** The vehicle's service card (R-ARC-4): every visit from its repair orders, newest first. */
export function ServiceHistory({ store, vehicleId }: { store: string; vehicleId: string }) {
  const { t } = useTranslation();
  const zone = useStoreZone();
  const history = useServiceHistory(store, vehicleId);
  if (history.isPending) return <LoadingState />;
  if (history.error) return <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  const visits = history.data.pages.flatMap((p) => p.items);
  if (visits.length === 0) {
    return <EmptyState icon={<HistoryIcon size={32} />} title={t('vehicle.noServiceHistory')} description={t('vehicle.noServiceHistoryBody')} />;
  }
  return (
    <>
      <Table striped fz="md" verticalSpacing="sm" data-testid="service-history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('vehicle.visitDate')}</Table.Th>
            <Table.Th>{t('orders.visitOdometer')}</Table.Th>
            <Table.Th>{t('orders.visitAdvisor')}</Table.Th>
            <Table.Th>{t('vehicle.visitSummary')}</Table.Th>
            <Table.Th className="num">{t('orders.visitAmount')}</Table.Th>
            <Table.Th>{t('orders.visitStatus')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {visits.map((visit) => (
            <Table.Tr key={visit.repairOrderId} data-testid="service-visit">
              <Table.Td>
                <Anchor component={Link} to={`/repair-orders/${visit.repairOrderId}`} className="touch-link">
                  {formatDate(visit.date, zone)}
                </Anchor>
                <Text size="sm" c="dimmed" className="tabular">
                  {visit.number}
                </Text>
              </Table.Td>
              <Table.Td className="tabular">{visit.odometerKm == null ? t('common.none') : t('vehicle.km', { value: formatNumber(visit.odometerKm) })}</Table.Td>
              <Table.Td>{visit.advisorName ?? t('common.none')}</Table.Td>
              <Table.Td>
                <Text>{visit.requestedWork}</Text>
                {visit.lines.length > 0 && (
                  <Text size="sm" c="dimmed">
                    {visit.lines.map((l) => l.description).join('、')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td className="num tabular">{formatMoney(visit.total, visit.currency)}</Table.Td>
              <Table.Td>
                <Badge variant="light">{t(`repairOrder.statuses.${visit.status}`)}</Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <LoadMore hasMore={history.hasNextPage} loading={history.isFetchingNextPage} onLoad={() => void history.fetchNextPage()} />
    </>
  );
}
