import type { Powertrain, Vehicle, VehicleFields, VehicleType } from '@/lib/api-types';
import { normalizePlate } from './plate';
import { normalizeVin } from './vin';

export type VehicleFormValues = {
  vin: string;
  plate: string;
  brand: string;
  model: string;
  vehicleType: VehicleType;
  powertrain: Powertrain;
  color: string;
  purchaseDate: string | null;
  soldHere: boolean;
  maintenanceIntervalKm: number | string;
  maintenanceIntervalMonths: number | string;
  lastServiceDate: string | null;
  lastServiceMileage: number | string;
  insuranceExpiresOn: string | null;
  insurer: string;
  inspectionDueOn: string | null;
};

export const VEHICLE_TYPES: VehicleType[] = ['SEDAN', 'SUV', 'MPV', 'VAN', 'PICKUP', 'OTHER'];
export const POWERTRAINS: Powertrain[] = ['ICE', 'HEV', 'PHEV', 'BEV'];

export function emptyVehicleForm(): VehicleFormValues {
  return {
    vin: '',
    plate: '',
    brand: '',
    model: '',
    vehicleType: 'SEDAN',
    powertrain: 'ICE',
    color: '',
    purchaseDate: null,
    soldHere: false,
    maintenanceIntervalKm: '',
    maintenanceIntervalMonths: '',
    lastServiceDate: null,
    lastServiceMileage: '',
    insuranceExpiresOn: null,
    insurer: '',
    inspectionDueOn: null,
  };
}

export function vehicleToForm(v: Vehicle): VehicleFormValues {
  return {
    vin: v.vin,
    plate: v.plate,
    brand: v.brand,
    model: v.model,
    vehicleType: v.vehicleType,
    powertrain: v.powertrain,
    color: v.color ?? '',
    purchaseDate: v.purchaseDate ?? null,
    soldHere: v.soldHere,
    maintenanceIntervalKm: v.maintenanceIntervalKm ?? '',
    maintenanceIntervalMonths: v.maintenanceIntervalMonths ?? '',
    lastServiceDate: v.lastServiceDate ?? null,
    lastServiceMileage: v.lastServiceMileage ?? '',
    insuranceExpiresOn: v.insuranceExpiresOn ?? null,
    insurer: v.insurer ?? '',
    inspectionDueOn: v.inspectionDueOn ?? null,
  };
}

const intOrNull = (v: number | string): number | null => (v === '' || v === null ? null : Number(v));
const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

export function formToVehicleFields(v: VehicleFormValues): VehicleFields {
  return {
    vin: normalizeVin(v.vin),
    plate: normalizePlate(v.plate),
    brand: v.brand.trim(),
    model: v.model.trim(),
    vehicleType: v.vehicleType,
    powertrain: v.powertrain,
    color: orNull(v.color),
    purchaseDate: v.purchaseDate || null,
    soldHere: v.soldHere,
    maintenanceIntervalKm: intOrNull(v.maintenanceIntervalKm),
    maintenanceIntervalMonths: intOrNull(v.maintenanceIntervalMonths),
    lastServiceDate: v.lastServiceDate || null,
    lastServiceMileage: intOrNull(v.lastServiceMileage),
    // R-REM-6: the server keeps a recorded date that is not sent
    insuranceExpiresOn: v.insuranceExpiresOn || null,
    insurer: v.insurer.trim(),
    inspectionDueOn: v.inspectionDueOn || null,
  };
}
