import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { PartyPicker } from './party-picker';

const vehicle = {
  id: 'veh-1',
  storeCode: 'BJ01',
  owner: { id: 'cust-1', name: '张伟', primaryPhone: '13812345678' },
  vin: 'LSVAU2A39PN104512',
  plate: '京A12345',
  brand: '大众',
  model: '帕萨特',
  vehicleType: 'SEDAN',
  powertrain: 'ICE',
  soldHere: true,
  lastServiceDate: '2029-06-01',
  lastServiceMileage: 20000,
  createdAt: '2029-01-01T00:00:00Z',
  updatedAt: '2029-01-01T00:00:00Z',
  version: 0,
};

describe('booking: who and which car', () => {
  it('finds an existing vehicle by plate and picks it in one tap', async () => {
    const user = userEvent.setup();
    stubFetch({
      'GET /api/stores/BJ01/vehicles': () => json({ items: [vehicle], nextCursor: null }),
      'GET /api/stores/BJ01/customers': () => json({ items: [], nextCursor: null }),
    });
    const onChange = vi.fn();
    renderWithApp(<PartyPicker store="BJ01" value={null} onChange={onChange} canRegister />);
    await user.type(screen.getByTestId('party-search'), '京a123');
    await user.click(await screen.findByTestId('pick-vehicle'));
    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ party: { kind: 'existing', customerId: 'cust-1', vehicleId: 'veh-1' } }));
  });

  it('registers a new customer and car inline, validating plate, VIN and phone first', async () => {
    const user = userEvent.setup();
    stubFetch({});
    const onChange = vi.fn();
    renderWithApp(<PartyPicker store="BJ01" value={null} onChange={onChange} canRegister />);
    await user.click(screen.getByTestId('register-new'));
    await user.click(screen.getByTestId('use-new-party'));
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByText('请输入姓名')).toBeInTheDocument();
    await user.type(screen.getByTestId('new-name'), '赵六');
    await user.type(screen.getByTestId('new-phone'), '139 1234 5678');
    await user.type(screen.getByTestId('new-plate'), '京b 66666');
    await user.type(screen.getByTestId('new-vin'), 'LSVAU2A39PN104512');
    await user.type(screen.getByLabelText(/品牌/), '大众');
    await user.type(screen.getByLabelText(/车型/), '朗逸');
    await user.click(screen.getByTestId('use-new-party'));
    await waitFor(() => expect(onChange).toHaveBeenCalled());
    expect(onChange.mock.calls[0]?.[0].party).toEqual({
      kind: 'new',
      customer: { type: 'PRIVATE', name: '赵六', phones: ['13912345678'], preferredContact: 'PHONE', clubMember: false },
      vehicle: { plate: '京B66666', vin: 'LSVAU2A39PN104512', brand: '大众', model: '朗逸', vehicleType: 'SEDAN', powertrain: 'ICE' },
    });
  });

  it('offers no registration to roles that may not write the archive', () => {
    stubFetch({});
    renderWithApp(<PartyPicker store="BJ01" value={null} onChange={vi.fn()} canRegister={false} />);
    expect(screen.queryByTestId('register-new')).not.toBeInTheDocument();
  });
});
