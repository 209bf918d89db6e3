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

  it('says so when nothing matches', async () => {
    stubFetch({
      'GET /api/stores/BJ01/repair-orders': () => json({ items: [], nextCursor: null }),
      'GET /api/stores/BJ01/advisors': () => json([]),
    });
    renderWithApp(<RepairOrdersRoute />, { roles: ['advisor'] });
    expect(await screen.findByText('没有符合条件的维修单')).toBeInTheDocument();
  });
});
