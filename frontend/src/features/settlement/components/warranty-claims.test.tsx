import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { WarrantyClaim } from '@/lib/api-types';
import { json, problem, requestsTo, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { WarrantyClaims } from './warranty-claims';

const S = '/api/stores/BJ01';
const CLAIM: WarrantyClaim = {
  id: 'w-1',
  settlementId: 's-1',
  repairOrderId: 'ro-1',
  orderNumber: 'ROBJ010000042',
  billNumber: 'JSBJ01-000007',
  status: 'DRAFT',
  opCode: 'OP-1203',
  causalPart: null,
  labourHours: 1.5,
  claimedAmount: 525,
  lines: [{ lineId: 'l-9', kind: 'LABOUR', code: 'OP-1203', description: '更换水泵', quantity: 1.5, amount: 225 }],
  photoLinks: ['/api/stores/BJ01/repair-orders/ro-1/inspection/photos/p-1'],
  notes: null,
  claimReference: null,
  paidAmount: null,
  decisionReason: null,
  submittedBy: null,
  submittedAt: null,
  decidedBy: null,
  decidedAt: null,
  createdBy: 'cashier-li',
  createdAt: '2026-11-23T02:00:00Z',
  availableActions: ['edit', 'submit'],
  version: 0,
};

describe('warranty claims', () => {
  it('edits the causal part and submits the draft with the claim version; a refusal shows its rule', async () => {
    let submitted = 0;
    const fetch = stubFetch({
      [`GET ${S}/warranty-claims`]: () => json({ items: [CLAIM] }),
      [`PUT ${S}/warranty-claims/w-1`]: () => json({ ...CLAIM, causalPart: '06H121026DD', version: 1 }),
      [`POST ${S}/warranty-claims/w-1/submit`]: () =>
        ++submitted === 1
          ? problem({ status: 422, code: 'R-CHK-7', title: 'Refused by business rule R-CHK-7', detail: 'The warranty claim is SUBMITTED; cannot submit (allowed when DRAFT)' })
          : json({ ...CLAIM, status: 'SUBMITTED', version: 2, availableActions: ['accept', 'reject'] }),
    });
    renderWithApp(<WarrantyClaims store="BJ01" zone="Asia/Shanghai" canSubmit canDecide={false} />, { roles: ['cashier'] });
    expect(await screen.findByTestId('warranty-status')).toHaveTextContent('草稿');
    expect(screen.getByRole('link', { name: '照片 1' })).toHaveAttribute('href', CLAIM.photoLinks[0]);
    await userEvent.type(screen.getByLabelText('主因件'), '06H121026DD');
    await userEvent.click(screen.getByTestId('warranty-submit'));
    expect(await screen.findByRole('alert')).toHaveTextContent('SUBMITTED');
    const [edit] = requestsTo(fetch, 'PUT', `${S}/warranty-claims/w-1`);
    expect(edit?.headers.get('If-Match')).toBe('"0"');
    expect(await edit?.json()).toMatchObject({ opCode: 'OP-1203', causalPart: '06H121026DD', labourHours: 1.5 });
    const [submit] = requestsTo(fetch, 'POST', `${S}/warranty-claims/w-1/submit`);
    expect(submit?.headers.get('If-Match')).toBe('"1"');
    expect(screen.queryByTestId('warranty-accept')).not.toBeInTheDocument();
  });

  it('the service manager records the manufacturer\'s acceptance with the amount paid, and a rejection needs a reason', async () => {
    const pending = { ...CLAIM, status: 'SUBMITTED' as const, causalPart: '06H121026DD', availableActions: ['accept', 'reject'], version: 2 };
    const fetch = stubFetch({
      [`GET ${S}/warranty-claims`]: () => json({ items: [pending] }),
      [`POST ${S}/warranty-claims/w-1/accept`]: () => json({ ...pending, status: 'ACCEPTED', paidAmount: 500, availableActions: [], version: 3 }),
    });
    renderWithApp(<WarrantyClaims store="BJ01" zone="Asia/Shanghai" canSubmit canDecide />, { roles: ['service-manager'] });
    expect(await screen.findByTestId('warranty-reject')).toBeDisabled();
    const paid = screen.getByLabelText('支付金额');
    await userEvent.clear(paid);
    await userEvent.type(paid, '500');
    await userEvent.click(screen.getByTestId('warranty-accept'));
    await waitFor(() => expect(requestsTo(fetch, 'POST', `${S}/warranty-claims/w-1/accept`)).toHaveLength(1));
    const [req] = requestsTo(fetch, 'POST', `${S}/warranty-claims/w-1/accept`);
    expect(req?.headers.get('If-Match')).toBe('"2"');
    expect(await req?.json()).toEqual({ paidAmount: 500 });
  });

  it('says so when there are none', async () => {
    stubFetch({ [`GET ${S}/warranty-claims`]: () => json({ items: [] }) });
    renderWithApp(<WarrantyClaims store="BJ01" zone="Asia/Shanghai" canSubmit={false} canDecide={false} />, { roles: ['advisor'] });
    expect(await screen.findByText('暂无保修索赔')).toBeInTheDocument();
  });
});
