import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@/test/render';
import { json, stubFetch } from '@/test/fetch-stub';
import { ArchiveRoute } from './archive-route';

const vehicle = {
  id: 'v1',
  storeCode: 'BJ01',
  owner: { id: 'c1', name: '王小明', primaryPhone: '13800138000' },
  vin: '1M8GDM9AXKP042788',
  plate: '京A12345',
  brand: '大众',
  model: '帕萨特',
  vehicleType: 'SEDAN',
  powertrain: 'ICE',
  color: null,
  purchaseDate: null,
  soldHere: true,
  maintenanceIntervalKm: null,
  maintenanceIntervalMonths: null,
  lastServiceDate: null,
  lastServiceMileage: null,
  nextServiceDue: null,
  createdAt: '2026-11-01T08:00:00Z',
  updatedAt: '2026-11-01T08:00:00Z',
  version: 1,
};

function stubSearch(vehicles: unknown[] = [], customers: unknown[] = []) {
  return stubFetch({
    'GET /api/stores/BJ01/vehicles': () => json({ items: vehicles, nextCursor: null }),
    'GET /api/stores/BJ01/customers': () => json({ items: customers, nextCursor: null }),
  });
}

describe('archive search', () => {
  it('shows the vehicle card for a plate prefix', async () => {
    const spy = stubSearch([vehicle]);
    renderWithApp(<ArchiveRoute />, { roles: ['advisor'] });
    await userEvent.type(screen.getByRole('searchbox'), '京a 12');
    expect(await screen.findByTestId('vehicle-card')).toHaveTextContent('京A12345');
    expect(screen.getByTestId('vehicle-card')).toHaveTextContent('王小明');
    const vehicleUrls = spy.mock.calls.map(([r]) => new URL((r as Request).url)).filter((u) => u.pathname.endsWith('/vehicles'));
    // Debounced: one request for the final text, normalised like a plate.
    expect(vehicleUrls.map((u) => u.searchParams.get('q'))).toEqual(['京A12']);
  });

  it('offers "new customer" to an advisor when nothing is found', async () => {
    stubSearch();
    renderWithApp(<ArchiveRoute />, { roles: ['advisor'] });
    expect(screen.getAllByRole('link', { name: '新建客户' })).toHaveLength(1);
    await userEvent.type(screen.getByRole('searchbox'), '13900');
    expect(await screen.findByText('没有找到匹配的车辆或客户')).toBeInTheDocument();
    const links = screen.getAllByRole('link', { name: '新建客户' });
    expect(links).toHaveLength(2);
    expect(links[1]).toHaveAttribute('href', '/customers/new?prefill=13900');
  });

  it('shows a cashier no create button, not even in the empty state', async () => {
    stubSearch();
    renderWithApp(<ArchiveRoute />, { roles: ['cashier'] });
    await userEvent.type(screen.getByRole('searchbox'), '13900');
    expect(await screen.findByText('没有找到匹配的车辆或客户')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '新建客户' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('new-customer')).not.toBeInTheDocument();
  });

  it('shows an error state with retry when the search fails', async () => {
    stubFetch({});
    renderWithApp(<ArchiveRoute />, { roles: ['workshop'] });
    await userEvent.type(screen.getByRole('searchbox'), 'x');
    await waitFor(() => expect(screen.getByRole('alert')).toBeInTheDocument());
  });
});
