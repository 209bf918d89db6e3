import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ReminderCycle, Task, WorkQueue as Queue, WorkQueueItem } from '@/lib/api-types';
import { json, requestsTo, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { WorkQueue } from './work-queue';

const task = (id: string, type: Task['type'], name: string, subject: Task['subject'] = { type: 'CUSTOMER', id: `s-${id}` }): Task => ({
  id,
  type,
  title: `回访 ${name}`,
  status: 'OPEN',
  priority: 'NORMAL',
  subject,
  customer: { id: `c-${id}`, name, phone: '13800138000' },
  vehicle: { id: `v-${id}`, plate: '京A12345', model: '大众 帕萨特' },
  assignee: { role: 'customer-service', username: null },
  dueFrom: '2030-01-08T02:00:00Z',
  dueUntil: null,
  attempts: [],
  availableActions: ['record-attempt', 'complete', 'cancel', 'assign'],
  createdAt: '2030-01-08T02:00:00Z',
  createdBy: 'system:reminders',
  closedAt: null,
  closedBy: null,
  closeReason: null,
  version: 2,
});

const item = (t: Task, over: Partial<WorkQueueItem> = {}): WorkQueueItem => ({
  task: t,
  rank: 2,
  script: t.type,
  customerType: 'PRIVATE',
  clubMember: false,
  optedOut: [],
  notOfferedBecause: [],
  callableFrom: null,
  unanswered: 0,
  ...over,
});

const reminder = task('r1', 'SERVICE_REMINDER', '李娜', { type: 'VEHICLE', id: 'v-r1' });
const queue: Queue = {
  day: '2030-01-08',
  callWindowOpen: true,
  callWindowStart: '09:30:00',
  callWindowEnd: '20:00:00',
  offered: [item(task('k1', 'COMPLAINT_CALLBACK', '王强'), { rank: 0 }), item(reminder, { rank: 1, clubMember: true, script: 'SERVICE_REMINDER_CLUB' })],
  notOffered: [item(task('n1', 'FOLLOW_UP_CALL', '赵敏'), { notOfferedBecause: ['CALL_OPTED_OUT'], optedOut: ['CALL'] })],
};

const cycle: ReminderCycle = {
  id: 'cy1',
  vehicleId: 'v-r1',
  customerId: 'c-r1',
  dueDate: '2030-01-20',
  dueBasis: 'MILEAGE',
  status: 'OPEN',
  messageAt: '2030-01-07T02:00:00Z',
  messageChannel: 'SMS',
  messageSkipped: null,
  callTaskAt: '2030-01-08T02:00:00Z',
  secondCallAt: null,
  latestMileage: null,
  specialRequest: null,
  appointmentId: null,
  availableActions: ['record-call'],
  version: 1,
};

const consent = (customerId: string, call = true) => ({
  customerId,
  channels: [
    { channel: 'CALL', allowed: call, source: null, reason: null, changedBy: null, changedAt: null },
    { channel: 'SMS', allowed: true, source: null, reason: null, changedBy: null, changedAt: null },
    { channel: 'EMAIL', allowed: true, source: null, reason: null, changedBy: null, changedAt: null },
  ],
});

const render = () =>
  renderWithApp(<WorkQueue store="BJ01" zone="Asia/Shanghai" renderBooking={(req) => <button onClick={() => req.onBooked('appt-9')}>book-stub</button>} />, {
    roles: ['customer-service'],
  });

describe('the customer-service work queue', () => {
  it('a retention call (R-REM-5) is closed as lost only with a reason from the list', async () => {
    const user = userEvent.setup();
    const retention: Task = { ...task('t1', 'SERVICE_REMINDER', '周杰', { type: 'VEHICLE', id: 'v-t1' }), purpose: 'RETENTION' };
    const outreach = {
      id: 'o1', kind: 'RETENTION', vehicleId: 'v-t1', customerId: 'c-t1', referenceDate: '2029-10-01', messageChannel: null, messageSkipped: null, status: 'OPEN',
      lostReason: null, outcomeNote: null, closedBy: null, closedAt: null, createdAt: '2030-01-08T00:00:00Z', availableActions: ['close'], version: 1,
    };
    const spy = stubFetch({
      'GET /api/stores/BJ01/follow-up/queue': () => json({ ...queue, offered: [item(retention, { script: 'RETENTION' })], notOffered: [] }),
      'GET /api/stores/BJ01/follow-up/customers/c-t1/consent': () => json(consent('c-t1')),
      'GET /api/stores/BJ01/outreach': () => json({ items: [outreach] }),
      'POST /api/stores/BJ01/outreach/o1/close': () => json({ ...outreach, status: 'LOST', lostReason: 'OTHER_DEALER', availableActions: [], version: 2 }),
    });
    render();
    expect(await screen.findByTestId('outreach-close')).toHaveTextContent('上次到店：2029-10-01');
    expect(screen.getByTestId('call-type')).toHaveTextContent('客户保持回访');
    expect(screen.getByTestId('outreach-lost')).toBeDisabled();
    expect(requestsTo(spy, 'GET', '/api/stores/BJ01/reminders')).toHaveLength(0);
    await user.click(screen.getByText('去了其他 4S 店'));
    await user.click(screen.getByTestId('outreach-lost'));
    await waitFor(() => expect(requestsTo(spy, 'POST', '/api/stores/BJ01/outreach/o1/close')).toHaveLength(1));
    const req = requestsTo(spy, 'POST', '/api/stores/BJ01/outreach/o1/close')[0];
    expect(req?.headers.get('If-Match')).toBe('"1"');
    expect(await req?.json()).toEqual({ outcome: 'LOST', lostReason: 'OTHER_DEALER' });
  });

  it('a declined-work call (issue 11) says what it is for, uses its own script and is not a maintenance reminder', async () => {
    const declined: Task = { ...task('d1', 'SERVICE_REMINDER', '孙丽', { type: 'REPAIR_ORDER', id: 'ro-1' }), purpose: 'DECLINED_WORK', title: '未修项目回访：更换前刹车片（1 项，225.00 元，2030-01-02 未修）' };
    const spy = stubFetch({
      'GET /api/stores/BJ01/follow-up/queue': () => json({ ...queue, offered: [item(declined, { script: 'DECLINED_WORK' })], notOffered: [] }),
      'GET /api/stores/BJ01/follow-up/customers/c-d1/consent': () => json(consent('c-d1')),
    });
    render();
    const items = await screen.findAllByTestId('queue-item');
    expect(items[0]).toHaveTextContent('未修项目回访');
    expect(screen.getByTestId('call-type')).toHaveTextContent('未修项目回访');
    expect(screen.getByTestId('call-screen')).toHaveTextContent('更换前刹车片（1 项，225.00 元');
    expect(screen.getByTestId('call-script')).toHaveTextContent('孙丽您好，我是门店客服。上次到店时技师检查发现的项目');
    expect(requestsTo(spy, 'GET', '/api/stores/BJ01/reminders')).toHaveLength(0);
  });

  it('offers complaint second follow-ups first, then club members, and says why the others are not called', async () => {
    stubFetch({
      'GET /api/stores/BJ01/follow-up/queue': () => json(queue),
      'GET /api/stores/BJ01/follow-up/customers/c-k1/consent': () => json(consent('c-k1')),
    });
    render();
    const items = await screen.findAllByTestId('queue-item');
    expect(items.map((i) => i.textContent)).toEqual([expect.stringContaining('王强'), expect.stringContaining('李娜')]);
    expect(items[0]).toHaveTextContent('投诉二次回访');
    expect(items[1]).toHaveTextContent('会员优先');
    expect(screen.getByTestId('call-script')).toHaveTextContent('王强您好');
    const notOffered = screen.getByTestId('not-offered-item');
    expect(within(notOffered).getByText('赵敏')).toBeInTheDocument();
    expect(within(notOffered).getByTestId('not-offered-reason')).toHaveTextContent('客户拒绝来电');
    expect(screen.getByTestId('call-window')).toHaveTextContent('09:30–20:00');
  });

  it('records a one-tap outcome with If-Match and opts a channel out from the desk', async () => {
    const user = userEvent.setup();
    const spy = stubFetch({
      'GET /api/stores/BJ01/follow-up/queue': () => json(queue),
      'GET /api/stores/BJ01/follow-up/customers/c-k1/consent': () => json(consent('c-k1')),
      'POST /api/stores/BJ01/tasks/k1/attempts': () => json({ ...queue.offered[0]?.task, status: 'IN_PROGRESS', version: 3 }),
      'PUT /api/stores/BJ01/follow-up/customers/c-k1/consent/CALL': () => json(consent('c-k1', false)),
    });
    render();
    await user.click(await screen.findByTestId('call-outcome-NO_ANSWER'));
    await waitFor(() => expect(requestsTo(spy, 'POST', '/api/stores/BJ01/tasks/k1/attempts')).toHaveLength(1));
    const call = requestsTo(spy, 'POST', '/api/stores/BJ01/tasks/k1/attempts')[0];
    expect(call?.headers.get('If-Match')).toBe('"2"');
    expect(await call?.json()).toEqual({ outcome: 'NO_ANSWER' });
    await user.click(await screen.findByRole('switch', { name: '电话' }));
    await waitFor(() => expect(requestsTo(spy, 'PUT', '/api/stores/BJ01/follow-up/customers/c-k1/consent/CALL')).toHaveLength(1));
    expect(await requestsTo(spy, 'PUT', '/api/stores/BJ01/follow-up/customers/c-k1/consent/CALL')[0]?.json()).toEqual({ allowed: false, reason: '客户在电话中要求' });
  });

  it('a reminder call records the mileage and books in place: the cycle becomes BOOKED with the appointment', async () => {
    const user = userEvent.setup();
    const spy = stubFetch({
      'GET /api/stores/BJ01/follow-up/queue': () => json(queue),
      'GET /api/stores/BJ01/follow-up/customers/c-k1/consent': () => json(consent('c-k1')),
      'GET /api/stores/BJ01/follow-up/customers/c-r1/consent': () => json(consent('c-r1')),
      'GET /api/stores/BJ01/reminders': () => json({ items: [cycle] }),
      'POST /api/stores/BJ01/reminders/cy1/call': () => json({ ...cycle, status: 'BOOKED', appointmentId: 'appt-9', availableActions: [], version: 2 }),
    });
    render();
    const items = await screen.findAllByTestId('queue-item');
    await user.click(items[1] as HTMLElement);
    expect(await screen.findByTestId('reminder-due')).toHaveTextContent('2030-01-20（按里程）');
    expect(screen.getByTestId('call-script')).toHaveTextContent('会员');
    await user.type(screen.getByLabelText('当前里程'), '28500');
    await user.click(screen.getByTestId('reminder-book'));
    await user.click(await screen.findByText('book-stub'));
    await waitFor(() => expect(requestsTo(spy, 'POST', '/api/stores/BJ01/reminders/cy1/call')).toHaveLength(1));
    const call = requestsTo(spy, 'POST', '/api/stores/BJ01/reminders/cy1/call')[0];
    expect(call?.headers.get('If-Match')).toBe('"1"');
    expect(await call?.json()).toEqual({ decision: 'BOOKED', mileage: 28500, specialRequest: null, appointmentId: 'appt-9' });
    expect(new URL(requestsTo(spy, 'GET', '/api/stores/BJ01/reminders')[0]?.url ?? '').searchParams.get('vehicleId')).toBe('v-r1');
  });
});
