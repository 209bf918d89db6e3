import { useMutation, useQuery } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EditCustomerRoute } from '@/app/routes/customers/edit-customer-route';
import { api, unwrap } from '@/lib/api-client';
import { json, problem, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { ErrorState } from './page-states';
import { ProblemAlert } from './problem-alert';

/** Loads /api/me through the real API client and shows the failure as a page would. */
function FailingPage() {
  const me = useQuery({ queryKey: ['me-test'], queryFn: async () => (await unwrap(api.GET('/api/me'))).data });
  return me.error ? <ErrorState error={me.error} /> : <span>loading</span>;
}

/** Sends a call through the real API client and shows the failure above a form. */
function FailingSave() {
  const save = useMutation({ mutationFn: async () => (await unwrap(api.GET('/api/me'))).data });
  return (
    <>
      <button type="button" onClick={() => save.mutate()}>
        save
      </button>
      <ProblemAlert error={save.error} />
    </>
  );
}

describe('the request id in error messages (issue 15)', () => {
  it('shows the problem body’s requestId under a failed page, so the user can quote it', async () => {
    stubFetch({ 'GET /api/me': () => problem({ status: 503, title: 'Service Unavailable', detail: '数据库暂时不可用', requestId: 'req-7f3a' }) });
    renderWithApp(<FailingPage />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('数据库暂时不可用');
    expect(screen.getByTestId('request-id')).toHaveTextContent('请求编号：req-7f3a');
  });

  it('falls back to the X-Request-Id header when the body is not a problem (e.g. a proxy’s page)', async () => {
    stubFetch({ 'GET /api/me': () => new Response('<html>Bad Gateway</html>', { status: 502, statusText: 'Bad Gateway', headers: { 'Content-Type': 'text/html', 'X-Request-Id': 'hdr-42' } }) });
    renderWithApp(<FailingPage />);
    expect(await screen.findByTestId('request-id')).toHaveTextContent('hdr-42');
  });

  it('prefers the body’s id over the header and shows it in an alert above a form, in English too', async () => {
    const { default: i18n } = await import('@/i18n');
    await i18n.changeLanguage('en');
    stubFetch({
      'GET /api/me': () => new Response(JSON.stringify({ status: 400, title: 'Bad Request', detail: 'vin: check digit', requestId: 'body-1' }), {
        status: 400, headers: { 'Content-Type': 'application/problem+json', 'X-Request-Id': 'header-1' },
      }),
    });
    renderWithApp(<FailingSave />);
    await userEvent.click(screen.getByRole('button', { name: 'save' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('vin: check digit');
    expect(screen.getByTestId('request-id')).toHaveTextContent('Request id: body-1');
  });

  it('shows no request id when the server was never reached', async () => {
    stubFetch({ 'GET /api/me': () => Promise.reject(new TypeError('Failed to fetch')) });
    renderWithApp(<FailingPage />);
    expect(await screen.findByRole('alert')).toHaveTextContent('无法连接服务器');
    expect(screen.queryByTestId('request-id')).toBeNull();
  });

  it('names the refused save in the “changed by someone else” notice', async () => {
    stubFetch({
      'GET /api/stores/BJ01/customers/c1': () => json(customer, 200, { ETag: '"4"' }),
      'PUT /api/stores/BJ01/customers/c1': () => problem({ status: 412, title: 'Precondition Failed', detail: 'stale version', requestId: 'req-412' }),
    });
    renderWithApp(<EditCustomerRoute />, { roles: ['customer-service'], path: '/customers/c1/edit', route: '/customers/:customerId/edit' });
    await screen.findByLabelText(/姓名/);
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByTestId('conflict')).toHaveTextContent('请求编号：req-412');
  });
});

const customer = {
  id: 'c1', storeCode: 'BJ01', type: 'PRIVATE', name: '王小明', phones: ['13800138000'], email: null, address: null, companyName: null,
  clubMember: false, preferredContact: 'PHONE', serviceWishes: null, notes: null, createdAt: '2026-11-01T08:00:00Z', updatedAt: '2026-11-01T08:00:00Z', version: 4,
};
