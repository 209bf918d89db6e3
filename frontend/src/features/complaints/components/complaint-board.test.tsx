import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Complaint } from '@/lib/api-types';
import { json, requestsTo, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { ComplaintBoard, storeInstant } from './complaint-board';

const complaint = (over: Partial<Complaint> = {}): Complaint => ({
  id: 'c1',
  number: 'TS-3FA2B1C0',
  source: 'SURVEY',
  customerId: 'cu1',
  customerName: '张伟',
  customerPhone: '13800138000',
  vehicleId: 'v1',
  plate: '京A12345',
  repairOrderId: 'o1',
  surveyResponseId: 'r1',
  category: 'REPAIR_QUALITY',
  department: 'WORKSHOP',
  description: '回访总体评分 4 分',
  repairOrderLineId: null,
  technicianId: null,
  owner: 'workshop',
  deadline: '2030-01-08T02:00:00Z',
  status: 'IN_PROGRESS',
  overdue: true,
  round: 1,
  resolution: null,
  resolvedAt: null,
  resolvedBy: null,
  callbackTaskId: null,
  escalatedAt: '2030-01-08T02:00:00Z',
  history: [
    { action: 'opened', fromStatus: null, toStatus: 'OPEN', note: null, deadline: null, owner: null, by: 'cs', at: '2030-01-07T02:00:00Z' },
    { action: 'escalated', fromStatus: 'IN_PROGRESS', toStatus: 'IN_PROGRESS', note: null, deadline: null, owner: 'workshop', by: 'system', at: '2030-01-08T02:00:00Z' },
  ],
  availableActions: ['resolve', 'reassign'],
  createdAt: '2030-01-07T02:00:00Z',
  createdBy: 'cs',
  version: 4,
  ...over,
});

describe('the complaint board (R-FUP-5)', () => {
  it('shows the deadline in store time with the overdue and escalation marks, and resolves with If-Match', async () => {
    const user = userEvent.setup();
    const spy = stubFetch({
      'GET /api/stores/BJ01/complaints': () => json({ items: [complaint()] }),
      'POST /api/stores/BJ01/complaints/c1/resolve': () => json(complaint({ status: 'RESOLVED', overdue: false, availableActions: ['second-follow-up'], version: 5 })),
    });
    renderWithApp(<ComplaintBoard store="BJ01" zone="Asia/Shanghai" />, { roles: ['customer-service'] });
    const card = await screen.findByTestId('complaint-card');
    expect(within(card).getByTestId('complaint-overdue')).toHaveTextContent('已超期');
    expect(within(card).getByTestId('complaint-escalated')).toBeInTheDocument();
    expect(within(card).getByTestId('complaint-deadline')).toHaveTextContent('10:00');
    expect(within(card).getByTestId('complaint-deadline')).toHaveTextContent('workshop');
    await user.click(within(card).getByTestId('complaint-action-resolve'));
    expect(screen.getByTestId('complaint-confirm')).toBeDisabled();
    await user.type(screen.getByTestId('complaint-note'), '免费重新调整刹车');
    await user.click(screen.getByTestId('complaint-confirm'));
    await waitFor(() => expect(requestsTo(spy, 'POST', '/api/stores/BJ01/complaints/c1/resolve')).toHaveLength(1));
    const call = requestsTo(spy, 'POST', '/api/stores/BJ01/complaints/c1/resolve')[0];
    expect(call?.headers.get('If-Match')).toBe('"4"');
    expect(await call?.json()).toEqual({ note: '免费重新调整刹车' });
  });

  it('the escalations view asks the server for overdue cases only and says when there are none', async () => {
    const user = userEvent.setup();
    const spy = stubFetch({
      'GET /api/stores/BJ01/complaints': (req) => json({ items: new URL(req.url).searchParams.get('overdue') === 'true' ? [] : [complaint({ overdue: false, escalatedAt: null })] }),
    });
    renderWithApp(<ComplaintBoard store="BJ01" zone="Asia/Shanghai" />, { roles: ['service-manager'] });
    expect(await screen.findByTestId('complaint-card')).toBeInTheDocument();
    await user.click(screen.getByText('超期升级'));
    expect(await screen.findByText('没有超期的投诉')).toBeInTheDocument();
    expect(requestsTo(spy, 'GET', '/api/stores/BJ01/complaints').some((r) => new URL(r.url).searchParams.get('overdue') === 'true')).toBe(true);
  });

  it('reads a typed deadline as the store’s wall clock', () => {
    expect(storeInstant('2030-01-08T10:00', 'Asia/Shanghai')).toBe('2030-01-08T02:00:00.000Z');
  });
});
