import type { ApprovalSheet, ApprovalSheetItem, OrderAuthorization, PublicApproval, SupplementaryItem, SupplementaryItemLine, SupplementaryItemVersion } from '@/lib/api-types';

/**
 * Test data that speaks supplementary-item approval: an order authorized at 169.50 (one 1-hour
 * job), brake pads (540.00, 45 min, safety-critical) and a cabin filter (118.00, 15 min). The
 * tables are the server's (13 % VAT), so the screens only look them up.
 */
const LABOUR: SupplementaryItemLine = { kind: 'JOB', payType: 'CUSTOMER', description: '更换前刹车片', operationCode: null, hours: 0.8, labourRate: 150, pricingMode: 'SYSTEM',
  team: 'MECHANICAL', customerInformed: false, partNumber: null, quantity: null, unitPrice: null, supplier: null, grade: null, criticalSystem: null, amount: 120, disclaimers: [] };
const PART: SupplementaryItemLine = { kind: 'PART', payType: 'CUSTOMER', description: '前刹车片', operationCode: null, hours: null, labourRate: null, pricingMode: null, team: null,
  customerInformed: null, partNumber: '3C0698151A', quantity: 1, unitPrice: 420, supplier: 'DEALER', grade: 'OEM', criticalSystem: true, amount: 420, disclaimers: [] };

export const BRAKES: ApprovalSheetItem = {
  itemId: 'item-brakes', version: 1, description: '左前刹车片剩余2mm，建议更换', safetyCritical: true, requirement: 'RECOMMENDED', extraMinutes: 45,
  lines: [LABOUR, PART],
  customerPay: 540, replacesVersion: null, addsCustomerPay: 540, addsMinutes: 45, photoIds: ['photo-1'],
};

export const FILTER: ApprovalSheetItem = {
  ...BRAKES, itemId: 'item-filter', description: '空调滤芯脏污', safetyCritical: false, extraMinutes: 15,
  lines: [{ ...LABOUR, description: '更换空调滤芯', hours: 0.2, amount: 30 }, { ...PART, description: '空调滤芯', partNumber: '5Q0819653', unitPrice: 88, amount: 88, criticalSystem: false }],
  customerPay: 118, addsCustomerPay: 118, addsMinutes: 15, photoIds: [],
};

export function aSheet(overrides: Partial<ApprovalSheet> = {}): ApprovalSheet {
  return {
    repairOrderId: 'ro-1', orderNumber: 'ROBJ010000001', storeName: '北京朝阳4S店', timeZone: 'Asia/Shanghai', plate: '京A12345', model: '大众 帕萨特',
    customerName: '张伟', currency: 'CNY', taxRatePercent: 13, authorizedCustomerPay: 150, authorizedTotal: 169.5,
    promisedDeliveryAt: '2026-11-23T06:00:00Z', items: [BRAKES, FILTER], totalIfAllApproved: 913.04, promisedIfAllApproved: '2026-11-23T07:00:00Z',
    totals: [
      { addsCustomerPay: 0, total: 169.5, difference: 0 },
      { addsCustomerPay: 118, total: 302.84, difference: 133.34 },
      { addsCustomerPay: 540, total: 779.7, difference: 610.2 },
      { addsCustomerPay: 658, total: 913.04, difference: 743.54 },
    ],
    promises: [
      { addsMinutes: 0, promisedDeliveryAt: '2026-11-23T06:00:00Z' },
      { addsMinutes: 15, promisedDeliveryAt: '2026-11-23T06:20:00Z' },
      { addsMinutes: 45, promisedDeliveryAt: '2026-11-23T06:50:00Z' },
      { addsMinutes: 60, promisedDeliveryAt: '2026-11-23T07:00:00Z' },
    ],
    ...overrides,
  };
}

export function aPublicApproval(overrides: Partial<PublicApproval> = {}): PublicApproval {
  return { sheet: aSheet(), expiresAt: '2026-11-24T02:00:00Z', language: 'zh-CN', ...overrides };
}

export function anItem(overrides: Partial<SupplementaryItem> = {}): SupplementaryItem {
  return {
    id: 'item-brakes', repairOrderId: 'ro-1', orderNumber: 'ROBJ010000001', status: 'AWAITING_DECISION', currentVersion: 1, approvedVersion: null,
    orderLineIds: [], findingId: null, reportedBy: 'tech-li', reportedAt: '2026-11-23T02:10:00Z',
    versions: [aVersion()],
    photos: [], availableActions: ['revise', 'add-photo', 'decide'], version: 0,
    ...overrides,
  };
}

export function aVersion(overrides: Partial<SupplementaryItemVersion> = {}): SupplementaryItemVersion {
  return { version: 1, description: BRAKES.description, extraMinutes: 45, safetyCritical: true, requirement: 'RECOMMENDED', lines: BRAKES.lines,
      customerPay: 540, total: 540, changeReason: null, createdBy: 'tech-li', createdAt: '2026-11-23T02:10:00Z', decision: null, ledgerEntryId: null, ...overrides };
}

export function anAuthorization(overrides: Partial<OrderAuthorization> = {}): OrderAuthorization {
  return {
    repairOrderId: 'ro-1', orderNumber: 'ROBJ010000001', currency: 'CNY', signedTotal: 169.5, authorizedTotal: 169.5, currentTotal: 169.5, tolerance: 0,
    withinAuthorization: true, exceededBy: 0, pendingItems: 1, history: [], ...overrides,
  };
}
