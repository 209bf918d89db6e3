import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, problem, requestsTo, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { CheckInRoute } from './check-in-route';

const vehicle = {
  id: 'v1', storeCode: 'BJ01', owner: { id: 'c1', name: '王小明', primaryPhone: '13800138000' }, vin: '1M8GDM9AXKP042788', plate: '京A12345',
  brand: '大众', model: '帕萨特', vehicleType: 'SEDAN', powertrain: 'ICE', color: null, purchaseDate: null, soldHere: true,
  maintenanceIntervalKm: null, maintenanceIntervalMonths: null, lastServiceDate: null, lastServiceMileage: null, nextServiceDue: null,
  createdAt: '2026-11-01T08:00:00Z', updatedAt: '2026-11-01T08:00:00Z', version: 1,
};

const openDraft = {
  id: 'ro-9', number: 'ROBJ010000009', status: 'DRAFT', customerId: 'c1', vehicleId: 'v1', appointmentId: 'a1', requestedWork: '保养',
  promisedDeliveryAt: null, createdAt: '2026-11-23T01:00:00Z', version: 1, advisorId: null, plate: '京A12345', model: '帕萨特', customerName: '王小明',
};

function stub(ordersOfVehicle: unknown[]) {
  return stubFetch({
    'GET /api/stores/BJ01/vehicles': () => json({ items: [vehicle], nextCursor: null }),
    'GET /api/stores/BJ01/vehicles/v1': () => json(vehicle),
    'GET /api/stores/BJ01/repair-orders': (req) =>
      json({ items: new URL(req.url).searchParams.get('vehicleId') === 'v1' ? ordersOfVehicle : [], nextCursor: null }),
    // The server refuses a second order without a reason (R-APT-2); with one it opens it.
    'POST /api/stores/BJ01/repair-orders': async (req) => {
      const body = (await req.clone().json()) as { secondOrderOverride?: { reason: string } };
      return body.secondOrderOverride?.reason
        ? json({ id: 'ro-10' }, 201)
        : problem({ status: 409, code: 'R-APT-2', title: 'Vehicle already in the shop', detail: 'ROBJ010000009', existingIds: ['ro-9'] });
    },
  });
}

async function pickTheCar() {
  await userEvent.type(screen.getByTestId('check-in-search'), '京A123');
  await userEvent.click(await screen.findByTestId('check-in-vehicle'));
}

describe('check-in by plate', () => {
  it('offers the order the car already has instead of silently opening a second one', async () => {
    const spy = stub([openDraft]);
    renderWithApp(<CheckInRoute />, { roles: ['advisor'] });
    await pickTheCar();
    expect(await screen.findByTestId('open-orders')).toHaveTextContent('该车已有未完结的维修单');
    expect(screen.getByTestId('continue-open-order')).toHaveAttribute('href', '/check-in/ro-9');
    expect(screen.getByTestId('continue-open-order')).toHaveTextContent('ROBJ010000009');
    expect(screen.getByTestId('start-check-in')).toHaveTextContent('仍然新建维修单');
    const asked = spy.mock.calls.map(([r]) => new URL((r as Request).url)).filter((u) => u.searchParams.get('vehicleId') === 'v1');
    expect(asked[0]?.searchParams.getAll('status')).toEqual(['DRAFT', 'AWAITING_SIGNATURE', 'OPEN', 'IN_PROGRESS', 'QUALITY_CHECK', 'READY_FOR_DELIVERY']);
  });

  it('opens a second order only with the reason the server audits', async () => {
    const spy = stub([openDraft]);
    renderWithApp(<CheckInRoute />, { roles: ['advisor'] });
    await pickTheCar();
    await userEvent.type(screen.getByTestId('requested-work'), '事故维修');
    await screen.findByTestId('open-orders');
    expect(screen.getByTestId('start-check-in')).toBeDisabled();
    await userEvent.type(screen.getByTestId('second-order-reason'), '  事故车另开保险单 ');
    await userEvent.click(screen.getByTestId('start-check-in'));
    await waitFor(() => expect(requestsTo(spy, 'POST', '/api/stores/BJ01/repair-orders')).toHaveLength(1));
    const [post] = requestsTo(spy, 'POST', '/api/stores/BJ01/repair-orders');
    expect(await post?.json()).toEqual({ customerId: 'c1', vehicleId: 'v1', requestedWork: '事故维修', secondOrderOverride: { reason: '事故车另开保险单' } });
  });

  it('starts a new check-in plainly when the car has nothing open', async () => {
    stub([]);
    renderWithApp(<CheckInRoute />, { roles: ['advisor'] });
    await pickTheCar();
    expect(await screen.findByTestId('start-check-in')).toHaveTextContent('开始接车');
    expect(screen.queryByTestId('open-orders')).not.toBeInTheDocument();
  });

  it('from the vehicle page (?vehicle=) the car is already chosen: the advisor only says what is wanted', async () => {
    const spy = stub([]);
    renderWithApp(<CheckInRoute />, { roles: ['advisor'], path: '/check-in?vehicle=v1', route: '/check-in' });
    expect(await screen.findByTestId('chosen-plate')).toHaveTextContent('京A12345');
    expect(screen.queryByTestId('check-in-search')).not.toBeInTheDocument();
    await userEvent.type(screen.getByTestId('requested-work'), '保养');
    await userEvent.click(await screen.findByTestId('start-check-in'));
    await waitFor(() => expect(requestsTo(spy, 'POST', '/api/stores/BJ01/repair-orders')).toHaveLength(1));
    expect(await requestsTo(spy, 'POST', '/api/stores/BJ01/repair-orders')[0]?.json()).toEqual({ customerId: 'c1', vehicleId: 'v1', requestedWork: '保养' });
  });

  it('"other vehicle" leaves the preset car for the search', async () => {
    stub([]);
    renderWithApp(<CheckInRoute />, { roles: ['advisor'], path: '/check-in?vehicle=v1', route: '/check-in' });
    await userEvent.click(await screen.findByRole('button', { name: '换一辆车' }));
    expect(screen.getByTestId('check-in-search')).toBeInTheDocument();
  });
});
