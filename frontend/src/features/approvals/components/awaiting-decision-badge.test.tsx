import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { AwaitingDecisionBadge } from './awaiting-decision-badge';

const PATH = 'GET /api/stores/BJ01/supplementary-items/awaiting-decision';
const item = (n: number, safetyCritical = false) => ({
  itemId: `i${n}`, repairOrderId: `o${n}`, orderNumber: `ROBJ01000000${n}`, version: 1, description: '空调滤芯脏污', safetyCritical,
  requirement: 'RECOMMENDED', customerPay: 118, reportedAt: '2026-11-23T02:00:00Z',
});

describe('the badge of supplementary items awaiting the customer (R-REP-3)', () => {
  it('counts the store\'s items and is red when one is safety-critical', async () => {
    stubFetch({ [PATH]: () => json({ items: [item(1), item(2, true)], nextCursor: null }) });
    renderWithApp(<AwaitingDecisionBadge store="BJ01" />);
    const badge = await screen.findByTestId('awaiting-decision-badge');
    expect(badge).toHaveTextContent('待客户确认 2');
    expect(badge).toHaveAccessibleName('2 项追加项目待客户确认');
  });

  it('says 99+ beyond a page', async () => {
    stubFetch({ [PATH]: () => json({ items: Array.from({ length: 100 }, (_, i) => item(i)), nextCursor: 'next' }) });
    renderWithApp(<AwaitingDecisionBadge store="BJ01" compact />);
    expect(await screen.findByTestId('awaiting-decision-badge')).toHaveTextContent('99+');
  });
});
