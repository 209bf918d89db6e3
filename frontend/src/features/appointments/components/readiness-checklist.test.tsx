import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, requestsTo, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { ReadinessChecklist } from './readiness-checklist';

const unchecked = { appointmentId: 'appt-1', technician: 'PENDING', parts: 'PENDING', specialTools: 'PENDING', technicalDocuments: 'PENDING', note: null, checkedBy: null, checkedAt: null, version: 0 };

describe('R-PRE-4 readiness checklist', () => {
  it('warns that a NOT_READY item makes the advisor tell the customer, and saves with If-Match', async () => {
    const user = userEvent.setup();
    const spy = stubFetch({
      'GET /api/stores/BJ01/appointments/appt-1/readiness': () => json(unchecked, 200, { ETag: '"0"' }),
      'PUT /api/stores/BJ01/appointments/appt-1/readiness': () => json({ ...unchecked, parts: 'NOT_READY', version: 1 }, 200, { ETag: '"1"' }),
    });
    renderWithApp(<ReadinessChecklist store="BJ01" zone="Asia/Shanghai" appointmentId="appt-1" editable />, { roles: ['workshop'] });
    await user.click(await screen.findByTestId('readiness-technician-READY'));
    expect(screen.queryByTestId('not-ready-warning')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('readiness-parts-NOT_READY'));
    expect(screen.getByTestId('not-ready-warning')).toHaveTextContent('配件未就绪');
    expect(screen.getByTestId('not-ready-warning')).toHaveTextContent('告知客户');
    await user.click(screen.getByTestId('readiness-specialTools-NOT_NEEDED'));
    await user.type(screen.getByLabelText('备注'), '刹车盘需调货');
    await user.click(screen.getByTestId('save-readiness'));
    await waitFor(() => expect(requestsTo(spy, 'PUT', '/api/stores/BJ01/appointments/appt-1/readiness')).toHaveLength(1));
    const [put] = requestsTo(spy, 'PUT', '/api/stores/BJ01/appointments/appt-1/readiness');
    expect(put?.headers.get('If-Match')).toBe('"0"');
    expect(await put?.json()).toEqual({ technician: 'READY', parts: 'NOT_READY', specialTools: 'NOT_NEEDED', technicalDocuments: 'PENDING', note: '刹车盘需调货' });
  });

  it('is read-only for roles that may only look', async () => {
    stubFetch({ 'GET /api/stores/BJ01/appointments/appt-1/readiness': () => json({ ...unchecked, technician: 'READY' }, 200, { ETag: '"0"' }) });
    renderWithApp(<ReadinessChecklist store="BJ01" zone="Asia/Shanghai" appointmentId="appt-1" editable={false} />, { roles: ['customer-service'] });
    expect(await screen.findByTestId('readiness-readonly')).toHaveTextContent('就绪');
    expect(screen.queryByTestId('save-readiness')).not.toBeInTheDocument();
  });
});
