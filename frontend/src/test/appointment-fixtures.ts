import type { Appointment, AvailableSlot, ServiceAdvisor, ServiceType, StoreSettings } from '@/lib/api-types';

/** Test data that speaks the domain: an advisor, a store calendar, appointments in a few states. */
export const WANG: ServiceAdvisor = { id: 'adv-wang', username: 'advisor', displayName: '王顾问', receptionCapacity: 2, active: true, version: 0 };
export const LI: ServiceAdvisor = { id: 'adv-li', username: 'advisor2', displayName: '李顾问', receptionCapacity: 2, active: true, version: 0 };

/**
 * Settings the repair-order work adds (tax, labour rate, cashier rush hours …). Spread in, so the
 * fixture type-checks whether or not the contract in the working tree already has them.
 */
const laterSettings = {
  taxRatePercent: 13, labourRate: 180, symptomRiskMarginPercent: 20, cashierRushStart: '17:00:00', cashierRushEnd: '18:00:00',
  quietHoursStart: '21:00:00', quietHoursEnd: '08:00:00', approvalLinkHours: 24, authorizationTolerance: 0, cataloguePriceTolerancePercent: 10,
  progressCheckPercent: 75, finalInspectionScope: 'SAFETY_AND_MAJOR' as const, majorRepairHours: 4, warrantyTerms: '整车修理或总成修理为车辆行驶20000公里或100日。',
};

export const SETTINGS: StoreSettings = {
  ...laterSettings,
  slotMinutes: 15,
  noShowGraceMinutes: 30,
  depositSharePercent: 50,
  reminderLeadHours: 24,
  repeatRepairWindowDays: 30,
  deliveryMarginMinutes: 30,
  openingHours: [1, 2, 3, 4, 5, 6].map((d) => ({ dayOfWeek: d, opens: '08:30:00', closes: '18:00:00' })),
  holidays: [{ date: '2030-01-01', name: '元旦' }],
  version: 0,
};

export const SERVICE_TYPES: ServiceType[] = [
  { id: 'st-maint', code: 'MAINT', name: '定期保养', durationMinutes: 60, bayType: 'GENERAL', skill: 'MAINTENANCE', active: true, version: 0 },
  { id: 'st-diag', code: 'DIAG', name: '故障诊断', durationMinutes: 60, bayType: 'GENERAL', skill: 'DIAGNOSIS', active: true, version: 0 },
  { id: 'st-body', code: 'BODY', name: '钣喷', durationMinutes: 240, bayType: 'BODY_PAINT', skill: 'BODY', active: true, version: 0 },
];

/** What the server offers in each state (its `availableActions`), so fixtures look like real answers. */
const SERVER_ACTIONS: Record<Appointment['status'], string[]> = {
  REQUESTED: ['confirm', 'check-in', 'reschedule', 'cancel'],
  DEPOSIT_REQUIRED: ['record-deposit', 'reschedule', 'cancel'],
  CONFIRMED: ['check-in', 'reschedule', 'cancel'],
  ARRIVED: [],
  NO_SHOW: [],
  CANCELLED: [],
  RESCHEDULED: [],
};

export function anAppointment(overrides: Partial<Appointment> = {}): Appointment {
  const status = overrides.status ?? 'CONFIRMED';
  return {
    id: 'appt-1',
    storeCode: 'BJ01',
    status: 'CONFIRMED',
    origin: 'CUSTOMER',
    channel: 'PHONE',
    customer: { id: 'cust-1', name: '张伟', phone: '13812345678' },
    vehicle: { id: 'veh-1', plate: '京A12345', model: '大众 帕萨特' },
    advisor: { id: WANG.id, displayName: WANG.displayName },
    services: [{ code: 'MAINT', name: '定期保养' }],
    arrivalAt: '2030-01-08T01:30:00Z', // 09:30 in Beijing
    durationMinutes: 60,
    tentativeDeliveryAt: '2030-01-08T03:00:00Z',
    bayType: 'GENERAL',
    mileage: 23500,
    lastServiceDate: '2029-07-01',
    repeatRepair: false,
    requestedWork: '1万公里保养',
    priceIndication: null,
    documentsToBring: ['MAINTENANCE_BOOKLET'],
    deposit: { required: 0, paid: null, method: null, paidAt: null },
    parts: [],
    repairOrderId: null,
    rescheduledTo: null,
    cancelReason: null,
    doubleBookingReason: null,
    availableActions: SERVER_ACTIONS[status],
    createdAt: '2030-01-07T02:00:00Z',
    updatedAt: '2030-01-07T02:00:00Z',
    version: 3,
    ...overrides,
  };
}

/** A free slot at a Beijing wall-clock time on a day (UTC+8, no daylight saving). */
export function aSlot(date: string, time: string, advisors = [WANG, LI], free = 2, minutes = 60): AvailableSlot {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const start = new Date(Date.parse(`${date}T00:00:00Z`) + ((h - 8) * 60 + m) * 60_000);
  return {
    start: start.toISOString().replace('.000', ''),
    end: new Date(start.getTime() + minutes * 60_000).toISOString().replace('.000', ''),
    advisors: advisors.map((a) => ({ id: a.id, displayName: a.displayName, free })),
    workshopFree: 3,
  };
}
