import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, requestsTo, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { RepairOrdersRoute } from './repair-orders-route';

const summary = {
  id: 'ro-1',
  number: 'ROBJ010000007',
  status: 'AWAITING_SIGNATURE',
  customerId: 'c-1',
  vehicleId: 'v-1',
  appointmentId: null,
  requestedWork: '保养',
  promisedDeliveryAt: null,
  createdAt: '2026-11-23T02:00:00Z',
  version: 3,
  advisorId: null,
  plate: '京N05678',
  model: '大众 帕萨特',
  customerName: '欧阳娜娜',
  expectedCompletionAt: null,
  late: false,
};

describe('repair order list', () => {
  it("shows today's orders with plate, model and customer and searches by a plate tail", async () => {
    const spy = stubFetch({
      'GET /api/stores/BJ01/repair-orders': () => json({ items: [summary], nextCursor: null }),
      'GET /api/stores/BJ01/advisors': () => json([]),
    });
    renderWithApp(<RepairOrdersRoute />, { roles: ['workshop'] });
    const row = await screen.findByTestId('orders-row');
    expect(row).toHaveTextContent('ROBJ010000007');
    expect(row).toHaveTextContent('京N05678');
    expect(row).toHaveTextContent('大众 帕萨特');
    expect(row).toHaveTextContent('欧阳娜娜');
    expect(row).toHaveTextContent('待客户签字');
    expect(new URL(requestsTo(spy, 'GET', '/api/stores/BJ01/repair-orders')[0]?.url ?? 'http://x').searchParams.get('today')).toBe('true');
    await userEvent.type(screen.getByTestId('orders-search'), '5678');
    await waitFor(() =>
      expect(requestsTo(spy, 'GET', '/api/stores/BJ01/repair-orders').some((r) => new URL(r.url).searchParams.get('q') === '5678')).toBe(true),
    );
  });

  it('lists the late orders (R-REP-2) with a badge when the advisor picks "late"', async () => {
    const late = { ...summary, id: 'ro-2', status: 'IN_PROGRESS', promisedDeliveryAt: '2026-11-23T08:00:00Z', late: true };
    const spy = stubFetch({
      'GET /api/stores/BJ01/repair-orders': (r) => json({ items: new URL(r.url).searchParams.get('late') === 'true' ? [late] : [summary], nextCursor: null }),
      'GET /api/stores/BJ01/advisors': () => json([]),
    });
    renderWithApp(<RepairOrdersRoute />, { roles: ['advisor'] });
    await screen.findByTestId('orders-row');
    expect(screen.queryByTestId('order-late')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: '已逾期' }));
    expect(await screen.findByTestId('order-late')).toHaveTextContent('逾期');
    expect(screen.getByTestId('orders-row')).toHaveTextContent('16:00');
    const last = requestsTo(spy, 'GET', '/api/stores/BJ01/repair-orders').at(-1) as Request;
    expect(new URL(last.url).searchParams.get('late')).toBe('true');
    expect(new URL(last.url).searchParams.get('today')).toBeNull();
  });

  it('says so when nothing matches', async () => {
    stubFetch({
      'GET /api/stores/BJ01/repair-orders': () => json({ items: [], nextCursor: null }),
      'GET /api/stores/BJ01/advisors': () => json([]),
    });
    renderWithApp(<RepairOrdersRoute />, { roles: ['advisor'] });
    expect(await screen.findByText('没有符合条件的维修单')).toBeInTheDocument();
  });
});
