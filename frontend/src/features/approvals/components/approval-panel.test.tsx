import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApprovalLedgerEntry } from '@/lib/api-types';
import { anAuthorization, anItem, aSheet, aVersion } from '@/test/approval-fixtures';
import { json, problem, requestsTo, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { ApprovalPanel } from './approval-panel';
import { AuthorizationHistory } from './authorization-history';

vi.mock('@/components/signature-canvas', () => ({
  default: ({ onChange }: { onChange: (png: string | null) => void }) => (
    <button type="button" data-testid="fake-draw" onClick={() => onChange('data:image/png;base64,iVBORw0KGgo=')}>
      draw
    </button>
  ),
}));

const RO = '/api/stores/BJ01/repair-orders/ro-1';
const filterItem = anItem({ id: 'item-filter', versions: [aVersion({ description: '空调滤芯脏污', customerPay: 118, safetyCritical: false })] });
const decided = { ledgerEntryId: 'e-1', channel: 'IN_PERSON', approved: 1, declined: 1, currency: 'CNY', authorizedTotal: 779.7, difference: 610.2,
  promisedDeliveryAt: '2026-11-23T06:50:00Z', decidedAt: '2026-11-23T03:00:00Z' };

function stubs(extra = {}) {
  return stubFetch({
    [`GET ${RO}/supplementary-items`]: () => json({ items: [anItem(), filterItem] }),
    [`GET ${RO}/approval-sheet`]: () => json({ sheet: aSheet(), sheetHash: 'hash-1' }),
    [`GET ${RO}/approval-links`]: () => json({ items: [] }),
    ...extra,
  });
}

describe("the advisor's approval panel (R-REP-3)", () => {
  it('lists the items and records an in-person decision signed on the tablet against the sheet shown', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    const spy = stubs({ [`POST ${RO}/approval-decisions/in-person`]: () => json(decided) });
    renderWithApp(<ApprovalPanel store="BJ01" orderId="ro-1" canDecide />);
    expect(await screen.findByTestId('supplementary-item-item-brakes')).toHaveTextContent('左前刹车片剩余2mm，建议更换');
    expect(screen.getAllByTestId('item-status')[0]).toHaveTextContent('待客户决定');
    await user.click(await screen.findByTestId('decide-0-approve'));
    await user.click(screen.getByTestId('decide-1-decline'));
    expect(screen.getByTestId('outcome-total')).toHaveTextContent('779.70');
    expect(screen.getByTestId('record-decision')).toBeDisabled();
    await user.click(screen.getByTestId('fake-draw'));
    fireEvent.change(screen.getByTestId('workshop-told'), { target: { value: '李师傅' } });
    await user.click(screen.getByTestId('record-decision'));
    await waitFor(() => expect(requestsTo(spy, 'POST', `${RO}/approval-decisions/in-person`)).toHaveLength(1));
    expect(await requestsTo(spy, 'POST', `${RO}/approval-decisions/in-person`)[0]?.clone().json()).toEqual({
      sheetHash: 'hash-1',
      decisions: [{ itemId: 'item-brakes', version: 1, decision: 'APPROVED' }, { itemId: 'item-filter', version: 1, decision: 'DECLINED' }],
      signerName: '张伟',
      signaturePng: 'data:image/png;base64,iVBORw0KGgo=',
      workshopTold: '李师傅',
      note: null,
    });
  });

  it('records a phone decision with the number, who consented and their words', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    const spy = stubs({ [`POST ${RO}/approval-decisions/phone`]: () => json({ ...decided, channel: 'PHONE' }) });
    renderWithApp(<ApprovalPanel store="BJ01" orderId="ro-1" canDecide />);
    await user.click(await screen.findByRole('radio', { name: '电话确认' }));
    await user.click(await screen.findByTestId('decide-0-approve'));
    await user.click(screen.getByTestId('decide-1-approve'));
    fireEvent.change(screen.getByTestId('phone-number'), { target: { value: '13812345678' } });
    fireEvent.change(screen.getByTestId('customer-words'), { target: { value: '都换吧' } });
    fireEvent.change(screen.getByTestId('workshop-told'), { target: { value: '李师傅' } });
    await user.click(screen.getByTestId('record-decision'));
    await waitFor(() => expect(requestsTo(spy, 'POST', `${RO}/approval-decisions/phone`)).toHaveLength(1));
    const body = await requestsTo(spy, 'POST', `${RO}/approval-decisions/phone`)[0]?.clone().json();
    expect(body).toMatchObject({ sheetHash: 'hash-1', phoneNumber: '13812345678', consentBy: 'CUSTOMER', consentGivenBy: '张伟', customerWords: '都换吧', workshopTold: '李师傅' });
    expect(Date.parse(body.calledAt)).not.toBeNaN();
  });

  it('sends the link and shows whether its text went out', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    const link = { id: 'l-1', status: 'ACTIVE', language: 'zh-CN', items: [], createdBy: 'advisor', createdAt: '2026-11-23T02:00:00Z', expiresAt: '2026-11-24T02:00:00Z',
      usedAt: null, ledgerEntryId: null, messages: [{ id: 'm-1', channel: 'SMS', recipient: '13812345678', status: 'SENT', attempts: 1, lastError: null, sentAt: '2026-11-23T02:00:10Z' }] };
    let sent = false;
    const spy = stubs({
      [`POST ${RO}/approval-links`]: () => { sent = true; return json(link, 201); },
      [`GET ${RO}/approval-links`]: () => json({ items: sent ? [link] : [] }),
    });
    renderWithApp(<ApprovalPanel store="BJ01" orderId="ro-1" canDecide />);
    await user.click(await screen.findByRole('radio', { name: '短信/邮件链接' }));
    await user.click(await screen.findByTestId('send-link'));
    await waitFor(() => expect(requestsTo(spy, 'POST', `${RO}/approval-links`)).toHaveLength(1));
    expect(await requestsTo(spy, 'POST', `${RO}/approval-links`)[0]?.clone().json()).toEqual({ language: 'zh-CN' });
    expect(await screen.findByTestId('link-status')).toHaveTextContent('有效');
    expect(screen.getByTestId('link-message')).toHaveTextContent('已发送');
  });

  it('says so when nothing was reported, and offers no decision to a reader', async () => {
    stubFetch({ [`GET ${RO}/supplementary-items`]: () => json({ items: [] }) });
    renderWithApp(<ApprovalPanel store="BJ01" orderId="ro-1" canDecide={false} />);
    expect(await screen.findByText('暂无追加项目')).toBeInTheDocument();
    expect(screen.queryByTestId('decision-channels')).not.toBeInTheDocument();
  });

  it('shows the error with a retry when the items cannot be read', async () => {
    stubFetch({ [`GET ${RO}/supplementary-items`]: () => problem({ status: 500, code: 'x', title: 'Server error', detail: 'boom' }) });
    renderWithApp(<ApprovalPanel store="BJ01" orderId="ro-1" canDecide />);
    expect(await screen.findByRole('button', { name: '重试' })).toBeInTheDocument();
  });
});

describe('the authorization history (R-REP-3, R-REP-4)', () => {
  it('lists each decision with the difference from the last authorization and the declined safety items', async () => {
    const entry: ApprovalLedgerEntry = { id: 'e-1', orderNumber: 'ROBJ010000001', channel: 'PHONE', decidedAt: '2026-11-23T03:00:00Z', recordedAt: '2026-11-23T03:01:00Z',
      authorizerName: '张伟', authorizerRelation: 'CUSTOMER', contactUsed: '13812345678', recordedBy: 'advisor', workshopTold: '李师傅', customerWords: '刹车片换吧',
      currency: 'CNY', authorizedTotalBefore: 169.5, authorizedTotalAfter: 779.7, difference: 610.2, promisedBefore: null, promisedAfter: null, extraMinutes: 45,
      items: [{ itemId: 'item-brakes', version: 1, decision: 'APPROVED', description: '左前刹车片', safetyCritical: true, requirement: 'RECOMMENDED', extraMinutes: 45,
        customerPay: 540, lines: [], orderLineIds: [], replacedLineIds: [], findingId: null }],
      evidence: { signature: false, signatureSha256: null, device: null, clientIp: null, userAgent: null, linkId: null, messageIds: [] }, snapshotSha256: 'h' };
    stubFetch({
      [`GET ${RO}/authorization`]: () => json(anAuthorization({ authorizedTotal: 779.7, currentTotal: 779.7, pendingItems: 0, history: [entry] })),
      [`GET ${RO}/declined-safety-items`]: () => json({ items: [{ itemId: 'i-2', version: 1, description: '右前轮胎鼓包', requirement: 'RECOMMENDED', customerPay: 800,
        declinedAt: '2026-11-23T03:00:00Z', channel: 'PHONE', authorizerName: '张伟', ledgerEntryId: 'e-1', findingId: 'f-1' }] }),
    });
    renderWithApp(<AuthorizationHistory store="BJ01" orderId="ro-1" />);
    expect(await screen.findByTestId('entry-difference')).toHaveTextContent('+¥610.20');
    expect(screen.getByTestId('authorized-total')).toHaveTextContent('779.70');
    expect(screen.getByTestId('within-authorization')).toHaveTextContent('在授权范围内');
    expect(screen.getByText('客户原话：“刹车片换吧”')).toBeInTheDocument();
    expect(await screen.findByTestId('declined-safety')).toHaveTextContent('右前轮胎鼓包');
  });
});
