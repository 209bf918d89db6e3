import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CarIcon } from '@/components/icons';
import type { Vehicle } from '@/lib/api-types';

/** A large tappable result: the plate first (what the advisor reads off the car). */
export function VehicleCard({ vehicle, to, showOwner = true }: { vehicle: Vehicle; to: string; showOwner?: boolean }) {
  const { t } = useTranslation();
  return (
    <Card component={Link} to={to} withBorder radius="md" padding="md" className="result-card" data-testid="vehicle-card">
      <Group gap="md" wrap="nowrap" align="flex-start">
        <span className="result-icon" aria-hidden="true">
          <CarIcon />
        </span>
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Group gap="sm" justify="space-between" wrap="wrap">
            <Text className="plate" data-testid="vehicle-card-plate">
              {vehicle.plate}
            </Text>
            <Badge variant="light" color={vehicle.powertrain === 'BEV' || vehicle.powertrain === 'PHEV' ? 'teal' : 'gray'} size="lg">
              {t(`vehicle.powertrains.${vehicle.powertrain}`)}
            </Badge>
          </Group>
          <Text fz="lg" fw={600} c="dark.8">
            {vehicle.brand} {vehicle.model}
            {vehicle.color ? ` · ${vehicle.color}` : ''}
          </Text>
          <Text c="dark.6" className="tabular" size="sm" style={{ overflowWrap: 'anywhere' }}>
            VIN {vehicle.vin}
          </Text>
          {showOwner && (
            <Text c="dark.7">
              {vehicle.owner.name} · <span className="tabular">{vehicle.owner.primaryPhone}</span>
            </Text>
          )}
        </Stack>
      </Group>
    </Card>
  );
}
