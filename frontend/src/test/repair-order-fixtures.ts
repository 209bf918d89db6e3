import type { RepairOrder, RepairOrderLine } from '@/lib/api-types';

/** A job line priced by system (1 h × 150). */
export function aJobLine(overrides: Partial<RepairOrderLine> = {}): RepairOrderLine {
  return {
    id: 'line-job',
    kind: 'JOB',
    payType: 'CUSTOMER',
    description: '更换机油及机滤',
    operationCode: 'LUB-001',
    hours: 1,
    labourRate: 150,
    pricingMode: 'SYSTEM',
    diagnosis: false,
    customerInformed: false,
    criticalSystem: false,
    amount: 150,
    disclaimers: [],
    declined: false,
    safetyCritical: false,
    ...overrides,
  };
}

/** An aftermarket brake pad: a critical-system part without quality warranty (R-CHK-5). */
export function anAftermarketCriticalPart(overrides: Partial<RepairOrderLine> = {}): RepairOrderLine {
  return {
    id: 'line-brake',
    kind: 'PART',
    payType: 'CUSTOMER',
    description: '副厂刹车片',
    partNumber: 'BRK-AM-01',
    quantity: 1,
    unitPrice: 260,
    supplier: 'DEALER',
    grade: 'AFTERMARKET',
    criticalSystem: true,
    diagnosis: false,
    customerInformed: false,
    amount: 260,
    disclaimers: ['NO_QUALITY_WARRANTY'],
    declined: false,
    safetyCritical: true,
    ...overrides,
  };
}

/** A draft walk-in order with the two lines above, priced as the server would. */
export function aRepairOrder(overrides: Partial<RepairOrder> = {}): RepairOrder {
  return {
    id: 'ro-1',
    number: 'ROBJ010000001',
    status: 'DRAFT',
    appointmentId: null,
    walkIn: true,
    customerId: 'cust-1',
    vehicleId: 'veh-1',
    requestedWork: '1万公里保养',
    repeatRepair: false,
    carriedFindings: [],
    findings: [],
    vehicle: { id: 'veh-1', plate: '京A12345', model: '大众 帕萨特' },
    customer: { id: 'cust-1', name: '张伟', phone: '13812345678' },
    releasedAt: null,
    odometerKm: null,
    currency: 'CNY',
    taxRatePercent: 13,
    labourRate: 150,
    symptomRiskMarginPercent: 20,
    lines: [aJobLine(), anAftermarketCriticalPart()],
    disclaimers: [{ code: 'NO_QUALITY_WARRANTY', lineId: 'line-brake', text: '不提供质量担保：关键系统使用非原厂配件' }],
    totals: { customerPay: 410, warranty: 0, internal: 0, goodwill: 50, subtotal: 460, tax: 53.3, total: 513.3, customerPayable: 463.3 },
    promisedDeliveryAt: null,
    promisedDeliverySource: null,
    promisedDeliveryReason: [],
    promiseRevisions: [],
    expectedCompletionAt: null,
    late: false,
    availableActions: ['submit-for-signature', 'cancel'],
    createdAt: '2026-11-23T02:00:00Z',
    updatedAt: '2026-11-23T02:00:00Z',
    version: 4,
    ...overrides,
  };
}
