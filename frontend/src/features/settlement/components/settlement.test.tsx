import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Settlement } from '@/lib/api-types';
import { json, problem, requestsTo, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { cashChange, toFen } from '../money';
import { SettlementBill } from './settlement-bill';
import { SettlementInbox } from './settlement-inbox';
import { SettlementPrint } from './settlement-print';

vi.mock('@/components/signature-canvas', () => ({
  default: ({ label, onChange }: { label: string; onChange: (png: string | null) => void }) => (
    <button type="button" onClick={() => onChange('data:image/png;base64,iVBORw0KGgo=')}>
      {label}
    </button>
  ),
}));

const BASE = '/api/stores/BJ01/settlements/s-1';

const BILL: Settlement = {
  id: 's-1',
  storeCode: 'BJ01',
  repairOrderId: 'ro-1',
  orderNumber: 'ROBJ010000042',
  orderStatus: 'READY_FOR_DELIVERY',
  plate: '京A12345',
  model: '迈腾',
  advisorId: 'a-1',
  signedBy: '张伟',
  signedAt: '2030-01-08T02:00:00Z',
  status: 'DRAFT',
  number: null,
  currency: 'CNY',
  pricesIncludeVat: true,
  taxRatePercent: 13,
  lines: [
    { id: 'l-1', position: 1, kind: 'LABOUR', payType: 'CUSTOMER', source: 'ESTIMATE', orderLineId: 'o-1', supplementaryItemId: null, code: null, description: '更换机油及机滤', quantity: 1, unitPrice: 150, amount: 150, discount: 0, reason: null },
    { id: 'l-2', position: 2, kind: 'MATERIAL', payType: 'CUSTOMER', source: 'SUPPLEMENTARY', orderLineId: 'o-2', supplementaryItemId: 'i-1', code: '3397007', description: '雨刮片', quantity: 1, unitPrice: 60, amount: 60, discount: 0, reason: null },
    { id: 'l-3', position: 3, kind: 'MATERIAL', payType: 'CUSTOMER', source: 'ADJUSTMENT', orderLineId: null, supplementaryItemId: null, code: null, description: '机油（多用 0.5 L）', quantity: 0.5, unitPrice: 80, amount: 40, discount: 0, reason: '发动机实际用油 4.5 L' },
  ],
  totals: { labour: 150, materials: 100, fees: 0, customerLines: 250, discounts: 0, net: 221.24, vat: 28.76, customerPayable: 250, warranty: 0, internal: 0, goodwill: 0, paid: 0, balance: 250, depositAvailable: 0 },
  signedTotal: 150,
  differences: [
    { kind: 'SUPPLEMENTARY', lineId: 'l-2', description: '雨刮片', amount: 60, reason: 'supplementary item approved by 张伟 (IN_PERSON)', by: 'advisor-wang', at: '2030-01-08T03:00:00Z' },
    { kind: 'ADJUSTMENT', lineId: 'l-3', description: '机油（多用 0.5 L）', amount: 40, reason: '发动机实际用油 4.5 L', by: 'cashier-li', at: null },
  ],
  gate: { authorizedTotal: 237.3, comparableTotal: 282.5, tolerance: 0, exceededBy: 45.2, pendingItems: 0, blocked: true, overrideBy: null, overrideReason: null, overrideAt: null },
  discounts: [],
  discountLimitPercent: 5,
  discountLimitAmount: 200,
  payments: [],
  fapiao: { status: 'NONE', number: null, date: null, redNumber: null, redDate: null, redReason: null },
  finalisedBy: null,
  finalisedAt: null,
  voidReason: null,
  voidedBy: null,
  voidedAt: null,
  releaseNoteAt: null,
  releaseNoteBy: null,
  delivery: null,
  authorizationHistory: [],
  availableActions: ['add-adjustment', 'discount', 'finalise', 'override'],
  version: 4,
};

describe('the money on the screen', () => {
  it('computes the cash change in whole fen, as the server does', () => {
    expect(toFen('0.1')).toBe(10);
    expect(toFen('12.345')).toBeNull();
    expect(cashChange('200', 137.9)).toEqual({ applied: '137.90', change: '62.10' });
    expect(cashChange('100.00', 137.9)).toEqual({ applied: '100.00', change: '0.00' });
  });
});

describe('the bill', () => {
  it('highlights the differences, and above the authorization the cashier cannot finalise while the manager overrides with a reason', async () => {
    const fetch = stubFetch({
      [`GET ${BASE}`]: () => json(BILL),
      [`POST ${BASE}/override`]: () => json({ ...BILL, gate: { ...BILL.gate, blocked: false, overrideBy: 'manager-zhao', overrideReason: '客户同意' }, version: 5 }),
    });
    renderWithApp(<SettlementBill store="BJ01" id="s-1" zone="Asia/Shanghai" />, { roles: ['cashier'] });
    expect(await screen.findByTestId('gate-blocked')).toHaveTextContent('45.20');
    const lines = screen.getAllByTestId('statement-line');
    expect(lines.map((l) => l.getAttribute('data-difference'))).toEqual([null, 'true', 'true']);
    expect(within(screen.getByTestId('differences')).getByText(/发动机实际用油/)).toBeInTheDocument();
    expect(screen.getByTestId('total-vat')).toHaveTextContent('价内');
    expect(screen.getByTestId('finalise')).toBeDisabled();
    expect(screen.queryByTestId('override')).not.toBeInTheDocument();
    expect(requestsTo(fetch, 'POST', `${BASE}/override`)).toHaveLength(0);
  });

  it('the service manager overrides with a reason and the bill\'s version', async () => {
    let current = BILL;
    const fetch = stubFetch({
      [`GET ${BASE}`]: () => json(current),
      [`POST ${BASE}/override`]: () => {
        current = { ...BILL, gate: { ...BILL.gate, blocked: false, overrideBy: 'manager-zhao', overrideReason: '客户同意' }, version: 5 };
        return json(current);
      },
    });
    renderWithApp(<SettlementBill store="BJ01" id="s-1" zone="Asia/Shanghai" />, { roles: ['service-manager'] });
    const button = await screen.findByTestId('override');
    expect(button).toBeDisabled();
    await userEvent.type(screen.getByTestId('override-reason'), '客户同意');
    await userEvent.click(button);
    await waitFor(() => expect(requestsTo(fetch, 'POST', `${BASE}/override`)).toHaveLength(1));
    const [req] = requestsTo(fetch, 'POST', `${BASE}/override`);
    expect(req?.headers.get('If-Match')).toBe('"4"');
    expect(await req?.json()).toEqual({ reason: '客户同意' });
    expect(await screen.findByText('服务经理已放行')).toBeInTheDocument();
  });

  it('takes cash with change and a card in two tenders, each with its own Idempotency-Key', async () => {
    const finalised: Settlement = { ...BILL, status: 'FINALISED', number: 'JSBJ01-000007', gate: { ...BILL.gate, blocked: false }, availableActions: ['pay', 'void', 'fapiao'] };
    let paid = 0;
    const fetch = stubFetch({
      [`GET ${BASE}`]: () => json(finalised),
      [`POST ${BASE}/payments`]: () =>
        ++paid === 1
          ? json({ ...finalised, totals: { ...finalised.totals, paid: 100, balance: 150 }, version: 5 })
          : problem({ status: 409, code: 'R-DEL-3', title: 'Not allowed', detail: 'The payment of 300.00 is more than the balance of 150.00 (cash gives change)' }),
    });
    renderWithApp(<SettlementBill store="BJ01" id="s-1" zone="Asia/Shanghai" />, { roles: ['cashier'] });
    await userEvent.type(await screen.findByTestId('payment-amount'), '300');
    expect(screen.getByTestId('cash-change')).toHaveTextContent('50.00');
    await userEvent.click(screen.getByText('刷卡'));
    await userEvent.clear(screen.getByTestId('payment-amount'));
    await userEvent.type(screen.getByTestId('payment-amount'), '100');
    await userEvent.click(screen.getByTestId('payment-submit'));
    await waitFor(() => expect(requestsTo(fetch, 'POST', `${BASE}/payments`)).toHaveLength(1));
    await userEvent.type(screen.getByTestId('payment-amount'), '300');
    await userEvent.click(screen.getByTestId('payment-submit'));
    expect(await screen.findByRole('alert')).toHaveTextContent('150.00');
    const [first, second] = requestsTo(fetch, 'POST', `${BASE}/payments`);
    expect(await first?.json()).toEqual({ tender: 'CARD', amount: 100, reference: null });
    expect(first?.headers.get('Idempotency-Key')).not.toEqual(second?.headers.get('Idempotency-Key'));
  });

  it('the advisor delivers only with every point checked, the customer\'s name and signature', async () => {
    const released: Settlement = { ...BILL, status: 'PAID', orderStatus: 'SETTLED', gate: { ...BILL.gate, blocked: false }, releaseNoteAt: '2030-01-08T05:00:00Z', availableActions: ['deliver'] };
    let current = released;
    const fetch = stubFetch({
      [`GET ${BASE}`]: () => json(current),
      [`POST ${BASE}/delivery`]: () => {
        current = { ...released, orderStatus: 'CLOSED', availableActions: [], delivery: { workExplained: true, oldPartsShown: true, walkAroundDone: true, declinedSafetyItems: [], signerName: '张伟', deliveredBy: 'advisor-wang', deliveredAt: '2030-01-08T06:00:00Z' } };
        return json(current);
      },
    });
    renderWithApp(<SettlementBill store="BJ01" id="s-1" zone="Asia/Shanghai" />, { roles: ['advisor'] });
    const submit = await screen.findByTestId('delivery-submit');
    await userEvent.click(screen.getByLabelText('已向客户逐项说明维修内容'));
    await userEvent.click(screen.getByLabelText('已向客户展示旧件'));
    await userEvent.type(screen.getByTestId('delivery-signer'), '张伟');
    await userEvent.click(screen.getByRole('button', { name: '客户签字' }));
    expect(submit).toBeDisabled();
    await userEvent.click(screen.getByLabelText('已与客户完成环车检查'));
    await userEvent.type(screen.getByLabelText('轮胎剩余寿命（%）'), '60');
    await userEvent.click(submit);
    await waitFor(() => expect(requestsTo(fetch, 'POST', `${BASE}/delivery`)).toHaveLength(1));
    const body = await requestsTo(fetch, 'POST', `${BASE}/delivery`)[0]?.json();
    expect(body).toMatchObject({ workExplained: true, oldPartsShown: true, walkAroundDone: true, tyreLifePercent: 60, signerName: '张伟' });
    expect(body.signaturePng).toMatch(/^data:image\/png/);
    expect(await screen.findByTestId('delivered')).toHaveTextContent('张伟');
    expect(screen.queryByTestId('payment-form')).not.toBeInTheDocument();
  });
});

describe('the manager\'s inbox and the print', () => {
  it('lists discount requests and bills above the authorization', async () => {
    stubFetch({
      'GET /api/stores/BJ01/settlement/inbox': () =>
        json({
          items: [
            { settlementId: 's-1', repairOrderId: 'ro-1', orderNumber: 'ROBJ010000042', kind: 'DISCOUNT', discount: { id: 'd-1', lineId: null, amount: 30, percent: null, reason: '老客户', status: 'PENDING', requestedBy: 'cashier-li', requestedAt: '2030-01-08T02:00:00Z' }, gate: null },
            { settlementId: 's-2', repairOrderId: 'ro-2', orderNumber: 'ROBJ010000043', kind: 'OVER_AUTHORIZATION', discount: null, gate: BILL.gate },
          ],
        }),
    });
    renderWithApp(<SettlementInbox store="BJ01" />, { roles: ['service-manager'] });
    const items = await screen.findAllByTestId('settle-inbox-item');
    expect(items[0]).toHaveTextContent('优惠审批');
    expect(items[0]).toHaveTextContent('老客户');
    expect(items[1]).toHaveTextContent('超出授权');
  });

  it('prints the statement with the same figures, and the release note only once issued', () => {
    const { rerender } = renderWithApp(<SettlementPrint bill={BILL} store={{ name: '北京一店' }} advisor="王顾问" zone="Asia/Shanghai" />);
    expect(screen.getByTestId('print-payable')).toHaveTextContent('250.00');
    expect(screen.getByTestId('print-statement')).toHaveTextContent('王顾问');
    expect(screen.queryByTestId('print-release-note')).not.toBeInTheDocument();
    rerender(<div />);
  });
});
