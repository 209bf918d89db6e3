import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@/test/render';
import { json, problem, requestsTo, stubFetch } from '@/test/fetch-stub';
import { EditCustomerRoute } from './edit-customer-route';

const customer = {
  id: 'c1',
  storeCode: 'BJ01',
  type: 'PRIVATE',
  name: '王小明',
  phones: ['13800138000'],
  email: null,
  address: null,
  companyName: null,
  clubMember: false,
  preferredContact: 'PHONE',
  serviceWishes: null,
  notes: null,
  createdAt: '2026-11-01T08:00:00Z',
  updatedAt: '2026-11-01T08:00:00Z',
  version: 4,
};

describe('edit customer', () => {
  it('sends If-Match and explains a 412 with a reload', async () => {
    const spy = stubFetch({
      'GET /api/stores/BJ01/customers/c1': () => json(customer, 200, { ETag: '"4"' }),
      'PUT /api/stores/BJ01/customers/c1': () => problem({ status: 412, title: 'Precondition Failed', detail: 'stale version' }),
    });
    renderWithApp(<EditCustomerRoute />, { roles: ['customer-service'], path: '/customers/c1/edit', route: '/customers/:customerId/edit' });
    const name = await screen.findByLabelText(/姓名/);
    await userEvent.clear(name);
    await userEvent.type(name, '王大明');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByTestId('conflict')).toHaveTextContent('数据已被他人修改');
    expect(requestsTo(spy, 'PUT', '/api/stores/BJ01/customers/c1')[0]?.headers.get('If-Match')).toBe('"4"');

    await userEvent.click(screen.getByRole('button', { name: '重新加载' }));
    expect(await screen.findByDisplayValue('王小明')).toBeInTheDocument();
    expect(screen.queryByTestId('conflict')).not.toBeInTheDocument();
  });
});
