import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, requestsTo, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { aRepairOrder } from '@/test/repair-order-fixtures';
import { FixFinding, OrderFindings } from './order-findings';

const carried = { id: 'f-1', description: '更换前刹车片', disposition: 'DECLINED' as const, safetyCritical: true, foundAt: '2026-10-01T02:00:00Z', resolvedByLineId: null };

describe('found but not fixed (R-PRE-3)', () => {
  it('fixes an earlier finding with a labour line of this order', { timeout: 15_000 }, async () => {
    const spy = stubFetch({ 'POST /api/stores/BJ01/repair-orders/ro-1/carried-findings/f-1/fix': () => json(aRepairOrder({ version: 5 }), 200, { ETag: '"5"' }) });
    renderWithApp(<FixFinding store="BJ01" order={aRepairOrder({ carriedFindings: [carried], version: 4 })} finding={carried} />);
    await userEvent.click(screen.getByTestId('fix-finding'));
    await waitFor(() => expect(requestsTo(spy, 'POST', '/api/stores/BJ01/repair-orders/ro-1/carried-findings/f-1/fix')).toHaveLength(1));
    const sent = requestsTo(spy, 'POST', '/api/stores/BJ01/repair-orders/ro-1/carried-findings/f-1/fix')[0];
    expect(sent?.headers.get('If-Match')).toBe('"4"');
    expect(await sent?.clone().json()).toEqual({ kind: 'JOB', payType: 'CUSTOMER', description: '更换前刹车片', hours: 1 });
  });

  it('offers no fix once fixed or when the estimate is frozen', () => {
    renderWithApp(<FixFinding store="BJ01" order={aRepairOrder({ availableActions: ['hand-over', 'cancel'] })} finding={carried} />);
    expect(screen.queryByTestId('fix-finding')).not.toBeInTheDocument();
  });

  it('records a deferred, safety-critical finding and lists those of the visit', { timeout: 15_000 }, async () => {
    const spy = stubFetch({ 'POST /api/stores/BJ01/repair-orders/ro-1/findings': () => json(aRepairOrder({ version: 3 }), 200, { ETag: '"3"' }) });
    const finding = { id: 'f-2', description: '左后轮胎磨损', disposition: 'DEFERRED' as const, safetyCritical: true, foundAt: '2026-11-23T02:00:00Z', sourceLineId: null, resolvedAt: null };
    renderWithApp(<OrderFindings store="BJ01" order={aRepairOrder({ findings: [finding], version: 2 })} editable />);
    expect(screen.getByTestId('order-findings')).toHaveTextContent('左后轮胎磨损');
    fireEvent.change(screen.getByTestId('finding-description'), { target: { value: '雨刮片老化' } });
    await userEvent.click(screen.getByLabelText('涉及行车安全'));
    await userEvent.click(screen.getByTestId('record-finding'));
    await waitFor(() => expect(requestsTo(spy, 'POST', '/api/stores/BJ01/repair-orders/ro-1/findings')).toHaveLength(1));
    expect(await requestsTo(spy, 'POST', '/api/stores/BJ01/repair-orders/ro-1/findings')[0]?.clone().json()).toEqual({
      description: '雨刮片老化',
      disposition: 'DEFERRED',
      safetyCritical: true,
    });
  });
});
