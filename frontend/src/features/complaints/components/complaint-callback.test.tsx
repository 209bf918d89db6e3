import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Complaint } from '@/lib/api-types';
import { json, requestsTo, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { ComplaintCallback } from './complaint-callback';

const resolved: Complaint = {
  id: 'c1', number: 'TS-3FA2B1C0', source: 'SURVEY', customerId: 'cu1', customerName: '张伟', customerPhone: null, vehicleId: null, plate: null,
  repairOrderId: null, surveyResponseId: null, category: 'REPAIR_QUALITY', department: 'WORKSHOP', description: '刹车异响', repairOrderLineId: null,
  technicianId: null, owner: 'workshop', deadline: '2030-01-09T02:00:00Z', status: 'RESOLVED', overdue: false, round: 1, resolution: '更换刹车片',
  resolvedAt: '2030-01-08T02:00:00Z', resolvedBy: 'workshop', callbackTaskId: 't9', escalatedAt: null, history: [], availableActions: ['second-follow-up'],
  createdAt: '2030-01-07T02:00:00Z', createdBy: 'cs', version: 7,
};

describe('the second follow-up in the call screen (R-FUP-5)', () => {
  it('shows what was resolved and records a not-satisfied answer, which reopens the case', async () => {
    const user = userEvent.setup();
    const spy = stubFetch({
      'GET /api/stores/BJ01/complaints/c1': () => json(resolved),
      'POST /api/stores/BJ01/complaints/c1/second-follow-up': () => json({ ...resolved, status: 'OPEN', round: 2, version: 8 }),
    });
    renderWithApp(<ComplaintCallback store="BJ01" complaintId="c1" />, { roles: ['customer-service'] });
    expect(await screen.findByText('处理结果：更换刹车片')).toBeInTheDocument();
    expect(screen.getByTestId('callback-unsatisfied')).toBeDisabled();
    await user.type(screen.getByTestId('callback-note'), '仍有异响');
    await user.click(screen.getByTestId('callback-unsatisfied'));
    await waitFor(() => expect(requestsTo(spy, 'POST', '/api/stores/BJ01/complaints/c1/second-follow-up')).toHaveLength(1));
    const call = requestsTo(spy, 'POST', '/api/stores/BJ01/complaints/c1/second-follow-up')[0];
    expect(call?.headers.get('If-Match')).toBe('"7"');
    expect(await call?.json()).toEqual({ satisfied: false, note: '仍有异响' });
  });
});
