import { Anchor, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '@/components/format';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { useOwnerships } from '../api/get-ownerships';
import { useStoreZone } from '@/lib/store-zone';

/** Who owned the vehicle when (R-ARC-2), newest first. */
export function OwnershipHistory({ store, vehicleId, customerHref }: { store: string; vehicleId: string; customerHref: (id: string) => string }) {
  const { t } = useTranslation();
  const zone = useStoreZone();
  const { data, error, isPending, refetch } = useOwnerships(store, vehicleId);
  if (isPending) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (data.length === 0) return <EmptyState title={t('vehicle.noOwnerships')} />;
  const rows = [...data].sort((a, b) => b.from.localeCompare(a.from));
  return (
    <Timeline active={0} bulletSize={20} lineWidth={3} data-testid="ownership-history">
      {rows.map((o) => (
        <Timeline.Item
          key={`${o.customerId}-${o.from}`}
          title={
            <Anchor component={Link} to={customerHref(o.customerId)} fw={700} fz="lg">
              {o.customerName}
            </Anchor>
          }
        >
          <Text c="dark.6">
            {formatDate(o.from, zone)} – {o.to ? formatDate(o.to, zone) : t('vehicle.ownershipCurrent')}
          </Text>
          {o.note && <Text c="dark.7">{o.note}</Text>}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
