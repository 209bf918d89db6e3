import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Task } from '@/lib/api-types';
import { json, problem, requestsTo, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { TaskList } from './task-list';

const rebook: Task = {
  id: 't1',
  type: 'REBOOK_NO_SHOW',
  title: '客户预约爽约：请联系客户重新预约',
  status: 'OPEN',
  priority: 'NORMAL',
  subject: { type: 'APPOINTMENT', id: 'appt-1' },
  customer: { id: 'cust-1', name: '张伟', phone: '13800138000' },
  vehicle: { id: 'veh-1', plate: '京A12345', model: '大众 帕萨特' },
  assignee: { role: 'customer-service', username: null },
  // 10:00 – 10:00 next day in Shanghai.
  dueFrom: '2030-01-08T02:00:00Z',
  dueUntil: '2030-01-09T02:00:00Z',
  attempts: [],
  availableActions: ['record-attempt', 'complete', 'cancel', 'assign'],
  createdAt: '2030-01-08T02:00:00Z',
  createdBy: 'system:scheduler',
  closedAt: null,
  closedBy: null,
  closeReason: null,
  version: 3,
};

const notReady: Task = {
  ...rebook,
  id: 't2',
  type: 'TELL_CUSTOMER_NOT_READY',
  title: '预约准备未就绪（配件）：请立即告知客户并提供新的时间',
  priority: 'HIGH',
  assignee: { role: 'advisor', username: 'tester' },
  status: 'IN_PROGRESS',
  attempts: [{ outcome: 'NO_ANSWER', note: null, callBackAt: null, recordedBy: 'tester', recordedAt: '2030-01-08T03:00:00Z' }],
  version: 5,
};

const render = (filter = { assigneeRole: 'customer-service' }) =>
  renderWithApp(<TaskList store="BJ01" zone="Asia/Shanghai" filter={filter} me="tester" appointmentHref={(t) => `/appointments/${t.subject.id}`} rebookHref={(t) => `/appointments/new?from=${t.subject.id}`} />, {
    roles: ['customer-service'],
  });

describe('the follow-up desk', () => {
  afterEach(() => vi.useRealTimers());

  it("lists the queue's open and in-progress tasks with who to call, the plate, priority and the due window in store time", async () => {
    const spy = stubFetch({ 'GET /api/stores/BJ01/tasks': () => json({ items: [rebook, notReady], nextCursor: null }) });
    render();
    const items = await screen.findAllByTestId('task-item');
    expect(items).toHaveLength(2);
    const first = items[0] as HTMLElement;
    expect(within(first).getByText('爽约重约')).toBeInTheDocument();
    expect(within(first).getByTestId('task-phone')).toHaveAttribute('href', 'tel:13800138000');
    expect(within(first).getByTestId('task-subject')).toHaveTextContent('张伟');
    expect(within(first).getByTestId('task-plate')).toHaveTextContent('京A12345');
    expect(within(first).getByTestId('task-due')).toHaveTextContent(/10:00.*10:00/);
    expect(within(first).getByTestId('task-rebook')).toHaveAttribute('href', '/appointments/new?from=appt-1');
    const second = items[1] as HTMLElement;
    expect(within(second).getByTestId('task-priority')).toHaveTextContent('高');
    expect(within(second).getByTestId('task-last-attempt')).toHaveTextContent('第 1 次联系：无人接听');
    expect(within(second).queryByTestId('task-take')).toBeNull();
    expect(within(first).getByTestId('task-take')).toBeInTheDocument();

    const query = new URL(requestsTo(spy, 'GET', '/api/stores/BJ01/tasks')[0]?.url ?? '').searchParams;
    expect(query.get('assigneeRole')).toBe('customer-service');
    expect(query.getAll('status')).toEqual(['OPEN', 'IN_PROGRESS']);
    expect(Number(query.get('limit'))).toBeLessThanOrEqual(100);
  });

  it('records an outcome with one tap, with If-Match from the version, and re-reads the list', async () => {
    const user = userEvent.setup();
    let done = false;
    const spy = stubFetch({
      'GET /api/stores/BJ01/tasks': () => json({ items: done ? [] : [rebook], nextCursor: null }),
      'POST /api/stores/BJ01/tasks/t1/attempts': () => {
        done = true;
        return json({ ...rebook, status: 'DONE', version: 4 });
      },
    });
    render();
    await user.click(await screen.findByTestId('task-outcome-DONE'));
    await waitFor(() => expect(requestsTo(spy, 'POST', '/api/stores/BJ01/tasks/t1/attempts')).toHaveLength(1));
    const call = requestsTo(spy, 'POST', '/api/stores/BJ01/tasks/t1/attempts')[0];
    expect(call?.headers.get('If-Match')).toBe('"3"');
    expect(await call?.json()).toEqual({ outcome: 'DONE' });
    expect(await screen.findByText('没有待办任务')).toBeInTheDocument();
  });

  it('a call-back tomorrow morning is 09:00 in the store zone', async () => {
    const user = userEvent.setup();
    const spy = stubFetch({
      'GET /api/stores/BJ01/tasks': () => json({ items: [rebook], nextCursor: null }),
      'POST /api/stores/BJ01/tasks/t1/attempts': () => json({ ...rebook, status: 'IN_PROGRESS', version: 4 }),
    });
    render();
    await user.click(await screen.findByTestId('task-callback-tomorrowMorning'));
    await waitFor(() => expect(requestsTo(spy, 'POST', '/api/stores/BJ01/tasks/t1/attempts')).toHaveLength(1));
    const body = (await requestsTo(spy, 'POST', '/api/stores/BJ01/tasks/t1/attempts')[0]?.json()) as { outcome: string; callBackAt: string };
    expect(body.outcome).toBe('CALL_BACK_AT');
    // 09:00 Asia/Shanghai is 01:00 UTC, whatever zone the device is in.
    expect(body.callBackAt).toMatch(/T01:00:00\.000Z$/);
  });

  it('takes a queue task for oneself', async () => {
    const user = userEvent.setup();
    const spy = stubFetch({
      'GET /api/stores/BJ01/tasks': () => json({ items: [rebook], nextCursor: null }),
      'POST /api/stores/BJ01/tasks/t1/assign': () => json({ ...rebook, assignee: { role: 'customer-service', username: 'tester' }, version: 4 }),
    });
    render();
    await user.click(await screen.findByTestId('task-take'));
    await waitFor(() => expect(requestsTo(spy, 'POST', '/api/stores/BJ01/tasks/t1/assign')).toHaveLength(1));
    expect(await requestsTo(spy, 'POST', '/api/stores/BJ01/tasks/t1/assign')[0]?.json()).toEqual({ role: null, username: 'tester' });
  });

  it('explains a task someone else worked meanwhile (412)', async () => {
    const user = userEvent.setup();
    stubFetch({
      'GET /api/stores/BJ01/tasks': () => json({ items: [rebook], nextCursor: null }),
      'POST /api/stores/BJ01/tasks/t1/attempts': () => problem({ status: 412, title: 'Precondition Failed', code: 'stale' }),
    });
    render();
    await user.click(await screen.findByTestId('task-outcome-NO_ANSWER'));
    expect(await screen.findByText('该任务已被他人处理，列表已刷新。')).toBeInTheDocument();
  });

  it('shows an error state with retry', async () => {
    stubFetch({ 'GET /api/stores/BJ01/tasks': () => problem({ status: 503, title: 'Unavailable' }) });
    render({ assigneeRole: 'advisor' });
    expect(await screen.findByRole('button', { name: '重试' })).toBeInTheDocument();
  });
});
