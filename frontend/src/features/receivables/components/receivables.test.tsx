import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AccountStatement, CreditAccount, Receivable, ReceivablesAgeing } from '@/lib/api-types';
import { json, problem, requestsTo, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { AccountStatementSheet } from './account-statement';
import { AgeingList } from './ageing-list';
import { CreditAccounts } from './credit-accounts';
import { ReceivableList } from './receivable-list';

const S = '/api/stores/BJ01';
const zero = { days0to30: 0, days31to60: 0, days61to90: 0, over90: 0, total: 0, overdue: 0 };
const AGEING: ReceivablesAgeing = {
  asOf: '2026-12-24',
  rows: [
    { accountId: 'a-1', accountName: '京通物流 车队', kind: 'FLEET', creditLimit: 5000, ...zero, days31to60: 238, total: 238, overdue: 238 },
    { accountId: 'a-2', accountName: '人保北京', kind: 'INSURER', creditLimit: 0, ...zero, over90: 1200, total: 1200, overdue: 1200 },
  ],
  totals: { accountId: null, accountName: '合计 / total', kind: null, creditLimit: null, ...zero, days31to60: 238, over90: 1200, total: 1438, overdue: 1438 },
};
const RECEIVABLE: Receivable = {
  id: 'r-1',
  accountId: 'a-1',
  accountName: '京通物流 车队',
  accountKind: 'FLEET',
  source: 'ON_ACCOUNT',
  settlementId: 's-1',
  documentNumber: 'JSBJ01-000001',
  description: '挂账 / on account',
  amount: 238,
  paid: 0,
  corrected: 0,
  outstanding: 238,
  invoiceDate: '2026-11-23',
  dueDate: '2026-12-23',
  ageDays: 31,
  bucket: 'DAYS_31_60',
  overdueDays: 1,
  entries: [],
  version: 0,
};
const ACCOUNT: CreditAccount = {
  id: 'a-1',
  kind: 'FLEET',
  customerId: 'c-1',
  name: '京通物流 车队',
  creditLimit: 5000,
  paymentTermsDays: 30,
  active: true,
  outstanding: 238,
  available: 4762,
  updatedBy: 'manager-zhao',
  updatedAt: '2026-11-23T02:00:00Z',
  version: 3,
};

describe('the ageing list', () => {
  it('shows each account by bucket with the totals, and the oldest debt marked', async () => {
    stubFetch({ [`GET ${S}/receivables/ageing`]: () => json(AGEING) });
    renderWithApp(<AgeingList store="BJ01" zone="Asia/Shanghai" />, { roles: ['cashier'] });
    const rows = await screen.findAllByTestId('ageing-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('京通物流 车队');
    expect(rows[0]).toHaveTextContent('238.00');
    expect(screen.getByTestId('ageing-totals')).toHaveTextContent('1,438.00');
    expect(screen.getByText('90 天以上')).toBeInTheDocument();
    expect(within(rows[1] as HTMLElement).getByRole('link', { name: '对账单' })).toHaveAttribute('href', '/receivables/accounts/a-2/statement');
  });

  it('says so when nothing is outstanding, and offers a retry when the list fails', async () => {
    stubFetch({ [`GET ${S}/receivables/ageing`]: () => json({ ...AGEING, rows: [], totals: { ...AGEING.totals, ...zero } }) });
    const { unmount } = renderWithApp(<AgeingList store="BJ01" zone="Asia/Shanghai" />, { roles: ['cashier'] });
    expect(await screen.findByText('暂无未结的应收账款')).toBeInTheDocument();
    unmount();
    stubFetch({ [`GET ${S}/receivables/ageing`]: () => problem({ status: 503, code: 'database-unavailable', title: 'Unavailable', detail: '稍后再试' }) });
    renderWithApp(<AgeingList store="BJ01" zone="Asia/Shanghai" />, { roles: ['cashier'] });
    expect(await screen.findByRole('button', { name: /重试|Retry/ })).toBeInTheDocument();
  });
});

describe('the open receivables', () => {
  it('takes a partial payment by bank transfer with an Idempotency-Key and shows the refusal above what is outstanding', async () => {
    let calls = 0;
    const fetch = stubFetch({
      [`GET ${S}/receivables`]: () => json({ asOf: '2026-12-24', items: [RECEIVABLE] }),
      [`POST ${S}/receivables/r-1/payments`]: () =>
        ++calls === 1
          ? json({ ...RECEIVABLE, paid: 100, outstanding: 138 })
          : problem({ status: 409, code: 'R-DEL-3', title: 'Refused by business rule R-DEL-3', detail: 'The payment of 500.00 is more than the 138.00 outstanding' }),
    });
    renderWithApp(<ReceivableList store="BJ01" zone="Asia/Shanghai" canCorrect={false} />, { roles: ['cashier'] });
    expect(await screen.findByText('31–60 天')).toBeInTheDocument();
    expect(screen.getByText(/逾期 1 天/)).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('receivable-pay'));
    const amount = screen.getByTestId('receivable-amount');
    await userEvent.clear(amount);
    await userEvent.type(amount, '100');
    await userEvent.click(screen.getByTestId('receivable-pay-submit'));
    await waitFor(() => expect(requestsTo(fetch, 'POST', `${S}/receivables/r-1/payments`)).toHaveLength(1));
    const [first] = requestsTo(fetch, 'POST', `${S}/receivables/r-1/payments`);
    expect(first?.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await first?.json()).toEqual({ tender: 'BANK_TRANSFER', amount: 100, reference: null });
    await userEvent.click(screen.getByTestId('receivable-pay'));
    const again = screen.getByTestId('receivable-amount');
    await userEvent.clear(again);
    await userEvent.type(again, '200');
    await userEvent.click(screen.getByTestId('receivable-pay-submit'));
    expect(await screen.findByRole('alert')).toHaveTextContent('138.00');
    expect(screen.queryByText('调整')).not.toBeInTheDocument();
  });

  it('lets the service manager correct with a reason and the receivable version', async () => {
    const fetch = stubFetch({
      [`GET ${S}/receivables`]: () => json({ asOf: '2026-12-24', items: [RECEIVABLE] }),
      [`POST ${S}/receivables/r-1/corrections`]: () => json({ ...RECEIVABLE, corrected: -20, outstanding: 218, version: 1 }),
    });
    renderWithApp(<ReceivableList store="BJ01" zone="Asia/Shanghai" canCorrect />, { roles: ['service-manager'] });
    await userEvent.click(await screen.findByText('调整'));
    const submit = screen.getByTestId('receivable-correct-submit');
    expect(submit).toBeDisabled();
    await userEvent.type(screen.getByLabelText('调整金额'), '-20');
    await userEvent.type(screen.getByLabelText(/原因/), '车队协议价差额');
    await userEvent.click(submit);
    await waitFor(() => expect(requestsTo(fetch, 'POST', `${S}/receivables/r-1/corrections`)).toHaveLength(1));
    const [req] = requestsTo(fetch, 'POST', `${S}/receivables/r-1/corrections`);
    expect(req?.headers.get('If-Match')).toBe('"0"');
    expect(await req?.json()).toEqual({ amount: -20, reason: '车队协议价差额' });
  });
});

describe('the open receivables, page by page', () => {
  it('asks for a page with a limit, then loads the next page with the cursor it was given, and stops when there is none', async () => {
    const second: Receivable = { ...RECEIVABLE, id: 'r-2', documentNumber: 'JSBJ01-000002', accountName: '顺达租车' };
    const fetch = stubFetch({
      [`GET ${S}/receivables`]: (req) =>
        new URL(req.url).searchParams.get('cursor') === 'c-2'
          ? json({ asOf: '2026-12-24', items: [second], nextCursor: null })
          : json({ asOf: '2026-12-24', items: [RECEIVABLE], nextCursor: 'c-2' }),
    });
    renderWithApp(<ReceivableList store="BJ01" zone="Asia/Shanghai" canCorrect={false} />, { roles: ['cashier'] });
    expect(await screen.findByText(/JSBJ01-000001/)).toBeInTheDocument();
    expect(screen.queryByText(/JSBJ01-000002/)).not.toBeInTheDocument();
    const [first] = requestsTo(fetch, 'GET', `${S}/receivables`);
    expect(new URL(first?.url ?? '').searchParams.get('limit')).toBe('50');
    await userEvent.click(screen.getByRole('button', { name: '加载更多' }));
    expect(await screen.findByText(/JSBJ01-000002/)).toBeInTheDocument();
    expect(screen.getAllByTestId('receivable')).toHaveLength(2);
    expect(new URL(requestsTo(fetch, 'GET', `${S}/receivables`)[1]?.url ?? '').searchParams.get('cursor')).toBe('c-2');
    expect(screen.queryByRole('button', { name: '加载更多' })).not.toBeInTheDocument();
  });
});

describe('credit accounts', () => {
  it('shows limit, terms and the credit available, and the service manager changes the limit with If-Match', async () => {
    const fetch = stubFetch({
      [`GET ${S}/credit-accounts`]: () => json({ items: [ACCOUNT] }),
      [`PUT ${S}/credit-accounts/a-1`]: () => json({ ...ACCOUNT, creditLimit: 8000, available: 7762, version: 4 }),
    });
    renderWithApp(<CreditAccounts store="BJ01" canManage renderCustomerPicker={() => null} />, { roles: ['service-manager'] });
    expect(await screen.findByTestId('account-available')).toHaveTextContent('4,762.00');
    expect(screen.getByText(/账期 30 天/)).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('account-edit'));
    const limit = screen.getByTestId('account-limit');
    await userEvent.clear(limit);
    await userEvent.type(limit, '8000');
    await userEvent.click(screen.getByTestId('account-save'));
    await waitFor(() => expect(requestsTo(fetch, 'PUT', `${S}/credit-accounts/a-1`)).toHaveLength(1));
    const [req] = requestsTo(fetch, 'PUT', `${S}/credit-accounts/a-1`);
    expect(req?.headers.get('If-Match')).toBe('"3"');
    expect(await req?.json()).toEqual({ creditLimit: 8000, paymentTermsDays: 30, active: true, name: null });
  });

  it('a cashier sees the accounts without the manager\'s buttons; an empty store says so', async () => {
    stubFetch({ [`GET ${S}/credit-accounts`]: () => json({ items: [] }) });
    renderWithApp(<CreditAccounts store="BJ01" canManage={false} renderCustomerPicker={() => null} />, { roles: ['cashier'] });
    expect(await screen.findByText('尚无挂账账户')).toBeInTheDocument();
    expect(screen.queryByTestId('account-open')).not.toBeInTheDocument();
  });
});

describe('the customer statement', () => {
  it('prints the opening balance, each entry with its running balance and the closing balance', () => {
    const statement: AccountStatement = {
      account: ACCOUNT,
      from: '2026-12-01',
      to: '2026-12-31',
      openingBalance: 238,
      lines: [
        { date: '2026-12-02', kind: 'PAYMENT', documentNumber: 'JSBJ01-000001', description: 'CARD POS 0042', debit: 0, credit: 100, balance: 138 },
        { date: '2026-12-02', kind: 'CORRECTION', documentNumber: 'JSBJ01-000001', description: '车队协议价差额', debit: 0, credit: 20, balance: 118 },
      ],
      invoiced: 0,
      paid: 100,
      corrected: -20,
      closingBalance: 118,
    };
    renderWithApp(<AccountStatementSheet statement={statement} store={{ name: '北京一店' }} zone="Asia/Shanghai" />);
    expect(screen.getByText('北京一店')).toBeInTheDocument();
    expect(screen.getByTestId('statement-opening')).toHaveTextContent('238.00');
    const lines = screen.getAllByTestId('statement-line');
    expect(lines[0]).toHaveTextContent('收款');
    expect(lines[1]).toHaveTextContent('118.00');
    expect(screen.getByTestId('statement-closing')).toHaveTextContent('118.00');
  });
});
