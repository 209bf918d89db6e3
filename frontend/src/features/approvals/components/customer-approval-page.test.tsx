import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import i18n from '@/i18n';
import { aPublicApproval } from '@/test/approval-fixtures';
import { json, problem, requestsTo, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { CustomerApprovalPage } from './customer-approval-page';

vi.mock('@/components/signature-canvas', () => ({
  default: ({ onChange }: { onChange: (png: string | null) => void }) => (
    <button type="button" data-testid="fake-draw" onClick={() => onChange('data:image/png;base64,iVBORw0KGgo=')}>
      draw
    </button>
  ),
}));

const PAGE = '/api/public/stores/BJ01/approval-links/tok-1';

function render() {
  return renderWithApp(<CustomerApprovalPage store="BJ01" token="tok-1" />, { roles: [] });
}

describe("the customer's approval page (R-REP-3 c)", () => {
  afterEach(() => void i18n.changeLanguage('zh-CN'));

  it('approves one item, declines the other, sees the new total and time, signs and is thanked', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    const spy = stubFetch({
      [`GET ${PAGE}`]: () => json(aPublicApproval()),
      [`POST ${PAGE}/decision`]: () => json({ ledgerEntryId: 'e-1', channel: 'LINK', approved: 1, declined: 1, currency: 'CNY', authorizedTotal: 779.7,
        difference: 610.2, promisedDeliveryAt: '2026-11-23T06:50:00Z', decidedAt: '2026-11-23T03:00:00Z' }),
    });
    render();
    expect(await screen.findByText('左前刹车片剩余2mm，建议更换')).toBeInTheDocument();
    expect(screen.getByText('涉及行车安全')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: '项目照片 1' })).toHaveAttribute('src', expect.stringContaining('/approval-links/tok-1/photos/photo-1/thumbnail'));
    expect(screen.getByTestId('undecided')).toHaveTextContent('还有 2 项未选择');
    expect(screen.getByTestId('confirm-decision')).toBeDisabled();
    await user.click(screen.getByTestId('choice-0-approve'));
    await user.click(screen.getByTestId('choice-1-decline'));
    expect(screen.getByTestId('new-total')).toHaveTextContent('779.70');
    expect(screen.getByTestId('difference')).toHaveTextContent('610.20');
    // 06:50Z is 14:50 on the store's (Beijing) clock.
    expect(screen.getByTestId('new-promise')).toHaveTextContent('14:50');
    expect(screen.getByTestId('choice-0-approve')).toHaveAttribute('aria-checked', 'true');
    await user.click(screen.getByTestId('fake-draw'));
    await user.click(screen.getByTestId('confirm-decision'));
    expect(await screen.findByTestId('decision-done')).toHaveTextContent('已同意 1 项，暂不维修 1 项');
    const sent = requestsTo(spy, 'POST', `${PAGE}/decision`)[0];
    expect(sent?.headers.get('Authorization')).toBeNull();
    expect(await sent?.clone().json()).toEqual({
      decisions: [{ itemId: 'item-brakes', version: 1, decision: 'APPROVED' }, { itemId: 'item-filter', version: 1, decision: 'DECLINED' }],
      signerName: '张伟',
      signaturePng: 'data:image/png;base64,iVBORw0KGgo=',
    });
  });

  it('opens in the language of the message and switches on request', { timeout: 15_000 }, async () => {
    const user = userEvent.setup();
    stubFetch({ [`GET ${PAGE}`]: () => json(aPublicApproval({ language: 'en' })) });
    render();
    expect(await screen.findByText('Additional work for your car')).toBeInTheDocument();
    await user.click(screen.getByTestId('switch-language'));
    await waitFor(() => expect(screen.getByText('追加维修项目确认')).toBeInTheDocument());
  });

  it.each([
    ['approval-link-used', 409, 'link-used', '已经确认过了'],
    ['approval-link-expired', 410, 'link-expired', '链接已过期'],
    ['approval-link-invalid', 404, 'link-invalid', '链接无效'],
    ['approval-link-outdated', 409, 'link-outdated', '项目已更新'],
    ['too-many-attempts', 429, 'link-tooMany', '尝试次数过多'],
  ])('a %s link gets its own page and no data', async (code, status, testId, title) => {
    stubFetch({ [`GET ${PAGE}`]: () => problem({ status, code, title: 'x', detail: 'x' }) });
    render();
    expect(await screen.findByTestId(testId)).toHaveTextContent(title);
    expect(screen.queryByTestId('customer-approval')).not.toBeInTheDocument();
  });

  it('a link used up while the customer was deciding says so', { timeout: 15_000 }, async () => {
    const user = userEvent.setup();
    stubFetch({
      [`GET ${PAGE}`]: () => json(aPublicApproval()),
      [`POST ${PAGE}/decision`]: () => problem({ status: 409, code: 'approval-link-used', title: 'Already decided', detail: 'x' }),
    });
    render();
    await user.click(await screen.findByTestId('choice-0-approve'));
    await user.click(screen.getByTestId('choice-1-approve'));
    await user.click(screen.getByTestId('fake-draw'));
    await user.click(screen.getByTestId('confirm-decision'));
    expect(await screen.findByTestId('link-used')).toBeInTheDocument();
  });
});
