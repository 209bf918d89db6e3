import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, problem, requestsTo, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { TaskList } from './task-list';

const rebook = { id: 't1', kind: 'REBOOK', assigneeRole: 'customer-service', appointmentId: 'appt-1', customerId: 'cust-1', title: '爽约：请联系客户重新预约', status: 'OPEN', dueAt: null, createdAt: '2030-01-08T02:00:00Z', doneAt: null, doneBy: null, version: 3 };

describe('tasks', () => {
  it('lists open tasks of the role and completes one with If-Match from its version', async () => {
    const user = userEvent.setup();
    let done = false;
    const spy = stubFetch({
      'GET /api/stores/BJ01/tasks': () => json({ items: done ? [] : [rebook], nextCursor: null }),
      'POST /api/stores/BJ01/tasks/t1/complete': () => {
        done = true;
        return json({ ...rebook, status: 'DONE', version: 4 });
      },
    });
    renderWithApp(<TaskList store="BJ01" zone="Asia/Shanghai" assigneeRole="customer-service" appointmentHref={(t) => `/appointments/${t.appointmentId}`} rebookHref={(t) => `/appointments/new?from=${t.appointmentId}`} />, {
      roles: ['customer-service'],
    });
    expect(await screen.findByText('爽约：请联系客户重新预约')).toBeInTheDocument();
    const query = new URL(requestsTo(spy, 'GET', '/api/stores/BJ01/tasks')[0]?.url ?? '').searchParams;
    expect(query.get('assigneeRole')).toBe('customer-service');
    expect(query.get('status')).toBe('OPEN');
    expect(Number(query.get('limit'))).toBeLessThanOrEqual(100);
    expect(screen.getByTestId('task-rebook')).toHaveAttribute('href', '/appointments/new?from=appt-1');
    await user.click(screen.getByTestId('task-complete'));
    await waitFor(() => expect(requestsTo(spy, 'POST', '/api/stores/BJ01/tasks/t1/complete')).toHaveLength(1));
    expect(requestsTo(spy, 'POST', '/api/stores/BJ01/tasks/t1/complete')[0]?.headers.get('If-Match')).toBe('"3"');
    expect(await screen.findByText('没有待办任务')).toBeInTheDocument();
  });

  it('explains a task someone else completed meanwhile (412)', async () => {
    const user = userEvent.setup();
    stubFetch({
      'GET /api/stores/BJ01/tasks': () => json({ items: [rebook], nextCursor: null }),
      'POST /api/stores/BJ01/tasks/t1/complete': () => problem({ status: 412, title: 'Precondition Failed', code: 'stale' }),
    });
    renderWithApp(<TaskList store="BJ01" zone="Asia/Shanghai" assigneeRole="customer-service" />, { roles: ['customer-service'] });
    await user.click(await screen.findByTestId('task-complete'));
    expect(await screen.findByText('该任务已被他人处理，列表已刷新。')).toBeInTheDocument();
  });

  it('shows an error state with retry', async () => {
    stubFetch({ 'GET /api/stores/BJ01/tasks': () => problem({ status: 503, title: 'Unavailable' }) });
    renderWithApp(<TaskList store="BJ01" zone="Asia/Shanghai" assigneeRole="advisor" />);
    expect(await screen.findByRole('button', { name: '重试' })).toBeInTheDocument();
  });
});
