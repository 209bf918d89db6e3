import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@/test/render';
import { json, problem, requestsTo, stubFetch } from '@/test/fetch-stub';
import { NewCustomerRoute } from './new-customer-route';

const created = {
  id: 'c-new',
  storeCode: 'BJ01',
  type: 'PRIVATE',
  name: '李雷',
  phones: ['13800138000'],
  email: null,
  address: null,
  companyName: null,
  clubMember: false,
  preferredContact: 'PHONE',
  serviceWishes: null,
  notes: null,
  createdAt: '2026-11-23T02:00:00Z',
  updatedAt: '2026-11-23T02:00:00Z',
  version: 0,
};

describe('create customer', () => {
  it('shows the server violation at the phone field and keeps the Idempotency-Key on retry', async () => {
    let calls = 0;
    const spy = stubFetch({
      'POST /api/stores/BJ01/customers': () => {
        calls += 1;
        if (calls === 1) {
          return problem({
            status: 422,
            title: 'Validation failed',
            detail: '请求中有无效字段',
            code: 'VALIDATION',
            violations: [{ field: 'phones[0]', message: '该手机号已属于其他客户' }],
          });
        }
        return json(created, 201, { ETag: '"0"' });
      },
    });
    renderWithApp(<NewCustomerRoute />, { roles: ['advisor'], path: '/customers/new', route: '/customers/new' });

    await userEvent.type(screen.getByLabelText(/姓名/), '李雷');
    await userEvent.type(screen.getByLabelText(/电话 1/), '13800138000');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));

    const phone = screen.getByLabelText(/电话 1/);
    await waitFor(() => expect(phone).toHaveAttribute('aria-invalid', 'true'));
    expect(phone).toHaveAccessibleDescription(/该手机号已属于其他客户/);
    expect(screen.getByRole('alert')).toHaveTextContent('请求中有无效字段');

    // Retrying the same submission reuses its key; the server may have stored the first one.
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.getByTestId('elsewhere')).toBeInTheDocument());
    const posts = requestsTo(spy, 'POST', '/api/stores/BJ01/customers');
    expect(posts).toHaveLength(2);
    const keys = posts.map((r) => r.headers.get('Idempotency-Key'));
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(await posts[0]?.clone().json()).toMatchObject({ name: '李雷', phones: ['13800138000'], email: null, companyName: null });
  });

  it('gives client hints before calling the server', async () => {
    const spy = stubFetch({});
    renderWithApp(<NewCustomerRoute />, { roles: ['advisor'], path: '/customers/new', route: '/customers/new' });
    await userEvent.click(screen.getByRole('radio', { name: '单位/车队' }));
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('单位客户需填写单位名称')).toBeInTheDocument();
    expect(screen.getByText('至少需要一个电话')).toBeInTheDocument();
    expect(spy).not.toHaveBeenCalled();
  });

  it('is a "no permission" page for a cashier', () => {
    stubFetch({});
    renderWithApp(<NewCustomerRoute />, { roles: ['cashier'], path: '/customers/new', route: '/customers/new' });
    expect(screen.getByText('无权限')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '保存' })).not.toBeInTheDocument();
  });
});
