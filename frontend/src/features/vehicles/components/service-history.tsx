import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '@/components/format';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { HistoryIcon } from '@/components/icons';
import { useServiceHistory } from '../api/get-service-history';
import { useStoreZone } from '@/lib/store-zone';

/** The vehicle's service card (R-ARC-4). Empty until repair orders exist. */
export function ServiceHistory({ store, vehicleId }: { store: string; vehicleId: string }) {
  const { t } = useTranslation();
  const zone = useStoreZone();
  const { data, error, isPending, refetch } = useServiceHistory(store, vehicleId);
  if (isPending) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (data.items.length === 0) {
    return <EmptyState icon={<HistoryIcon size={32} />} title={t('vehicle.noServiceHistory')} description={t('vehicle.noServiceHistoryBody')} />;
  }
  return (
    <Table striped fz="md" verticalSpacing="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('vehicle.visitDate')}</Table.Th>
          <Table.Th>{t('vehicle.visitMileage')}</Table.Th>
          <Table.Th>{t('vehicle.visitSummary')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {data.items.map((visit) => (
          <Table.Tr key={visit.repairOrderId}>
            <Table.Td>{formatDate(visit.date, zone)}</Table.Td>
            <Table.Td className="tabular">{visit.mileage == null ? t('common.none') : t('vehicle.km', { value: formatNumber(visit.mileage) })}</Table.Td>
            <Table.Td>{visit.summary}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
