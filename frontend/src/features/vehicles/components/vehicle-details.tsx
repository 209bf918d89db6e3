import { useTranslation } from 'react-i18next';
import { FieldList } from '@/components/field-list';
import { formatDate, formatNumber } from '@/components/format';
import type { Vehicle } from '@/lib/api-types';
import { useStoreZone } from '@/lib/store-zone';

export function VehicleDetails({ vehicle }: { vehicle: Vehicle }) {
  const { t } = useTranslation();
  const zone = useStoreZone();
  const km = (v: number | null | undefined) => (v == null ? null : t('vehicle.km', { value: formatNumber(v) }));
  return (
    <FieldList
      fields={[
        { label: t('vehicle.vin'), value: <span className="tabular">{vehicle.vin}</span> },
        { label: t('vehicle.brand') + ' / ' + t('vehicle.model'), value: `${vehicle.brand} ${vehicle.model}` },
        { label: t('vehicle.vehicleType'), value: t(`vehicle.types.${vehicle.vehicleType}`) },
        { label: t('vehicle.powertrain'), value: t(`vehicle.powertrains.${vehicle.powertrain}`) },
        { label: t('vehicle.color'), value: vehicle.color },
        { label: t('vehicle.purchaseDate'), value: formatDate(vehicle.purchaseDate, zone) },
        { label: t('vehicle.soldHere'), value: vehicle.soldHere ? t('common.yes') : t('common.no') },
        { label: t('vehicle.maintenanceIntervalKm'), value: km(vehicle.maintenanceIntervalKm) },
        {
          label: t('vehicle.maintenanceIntervalMonths'),
          value: vehicle.maintenanceIntervalMonths == null ? null : t('vehicle.months', { value: vehicle.maintenanceIntervalMonths }),
        },
        { label: t('vehicle.lastServiceDate'), value: formatDate(vehicle.lastServiceDate, zone) },
        { label: t('vehicle.lastServiceMileage'), value: km(vehicle.lastServiceMileage) },
        { label: t('vehicle.insuranceExpiresOn'), value: vehicle.insuranceExpiresOn ? `${formatDate(vehicle.insuranceExpiresOn, zone)}${vehicle.insurer ? ` · ${vehicle.insurer}` : ''}` : null },
        { label: t('vehicle.inspectionDueOn'), value: formatDate(vehicle.inspectionDueOn, zone) },
      ]}
    />
  );
}
