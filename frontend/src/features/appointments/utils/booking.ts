import type { BookAppointment, Channel, CustomerInput, DocumentToBring, NewVehicle, Origin } from '@/lib/api-types';

/** Who and what is booked: found in the archive, or registered in the same call (R-APT-2). */
export type Party =
  | { kind: 'existing'; customerId: string; vehicleId: string }
  | { kind: 'newVehicle'; customerId: string; vehicle: NewVehicle }
  | { kind: 'new'; customer: CustomerInput; vehicle: NewVehicle };

export const DOCUMENTS: readonly DocumentToBring[] = ['MAINTENANCE_BOOKLET', 'REGISTRATION', 'ANTI_THEFT_CODE', 'LOCKING_WHEEL_KEY', 'SERVICE_RECORDS'];
export const DEFAULT_DOCUMENTS: DocumentToBring[] = ['MAINTENANCE_BOOKLET', 'REGISTRATION'];

/** Channels staff book through; a booking from a reminder call is dealer-initiated (R-APT-1). */
export const STAFF_CHANNELS: readonly Channel[] = ['PHONE', 'WALK_IN', 'WEB', 'REMINDER_CALL'];
export const originOf = (channel: Channel): Origin => (channel === 'REMINDER_CALL' ? 'DEALER' : 'CUSTOMER');

export type PartDraft = { key: string; partNumber: string; description: string; quantity: number | string; unitPrice: number | string; highValue: boolean };

let partCounter = 0;
export function emptyPart(): PartDraft {
  partCounter += 1;
  return { key: `p${partCounter}`, partNumber: '', description: '', quantity: 1, unitPrice: '', highValue: false };
}

export type BookingValues = {
  serviceTypeCodes: string[];
  advisorId: string | null;
  arrivalAt: string | null;
  requestedWork: string;
  mileage: number | string;
  lastServiceDate: string | null;
  repeatRepair: boolean;
  documentsToBring: DocumentToBring[];
  channel: Channel;
  priceIndication: number | string;
  parts: PartDraft[];
};

const num = (v: number | string): number | null => (v === '' || v === null || v === undefined || Number.isNaN(Number(v)) ? null : Number(v));

/** The request body, exactly as the contract wants it: no empty strings, no unused fields. */
export function toBookingRequest(party: Party, v: BookingValues): BookAppointment {
  if (!v.arrivalAt) throw new Error('no slot chosen');
  const who =
    party.kind === 'existing'
      ? { customerId: party.customerId, vehicleId: party.vehicleId }
      : party.kind === 'newVehicle'
        ? { customerId: party.customerId, newVehicle: party.vehicle }
        : { newCustomer: party.customer, newVehicle: party.vehicle };
  const parts = v.parts
    .filter((p) => p.partNumber.trim() || p.description.trim())
    .map((p) => ({ partNumber: p.partNumber.trim(), description: p.description.trim(), quantity: num(p.quantity) ?? 0, unitPrice: num(p.unitPrice) ?? 0, highValue: p.highValue }));
  const mileage = num(v.mileage);
  const price = num(v.priceIndication);
  return {
    ...who,
    serviceTypeCodes: v.serviceTypeCodes,
    ...(v.advisorId ? { advisorId: v.advisorId } : {}),
    arrivalAt: v.arrivalAt,
    mileage: mileage === null ? null : Math.round(mileage),
    lastServiceDate: v.lastServiceDate || null,
    repeatRepair: v.repeatRepair,
    requestedWork: v.requestedWork.trim(),
    priceIndication: price,
    documentsToBring: v.documentsToBring,
    origin: originOf(v.channel),
    channel: v.channel,
    parts,
  };
}
