import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Role } from '@/lib/auth';
import { json, problem, requestsTo, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { anAppointment } from '@/test/appointment-fixtures';
import type { Appointment } from '@/lib/api-types';
import { AppointmentActions } from './appointment-actions';

function renderActions(appointment: Appointment, roles: Role[], onConflict = vi.fn(), onCheckedIn = vi.fn()) {
  renderWithApp(<AppointmentActions store="BJ01" zone="Asia/Shanghai" today="2030-01-07" appointment={appointment} etag={`"${appointment.version}"`} onConflict={onConflict} onRescheduled={vi.fn()} onCheckedIn={onCheckedIn} />, { roles });
  return onConflict;
}

const buttons = () => screen.queryAllByRole('button').map((b) => b.getAttribute('data-testid'));

describe('appointment actions by role', () => {
  it('advisor on a confirmed appointment: check in, reschedule, cancel', () => {
    stubFetch({});
    renderActions(anAppointment({ status: 'CONFIRMED' }), ['advisor']);
    expect(buttons()).toEqual(['action-check-in', 'action-reschedule', 'action-cancel']);
    expect(screen.getByTestId('action-check-in')).toHaveTextContent('接车');
  });

  it('the buttons follow what the server offers, not the status', () => {
    stubFetch({});
    renderActions(anAppointment({ status: 'CONFIRMED', availableActions: ['cancel'] }), ['advisor']);
    expect(buttons()).toEqual(['action-cancel']);
  });

  it('check-in goes on to the walk-around of the draft the server names', async () => {
    const user = userEvent.setup();
    const spy = stubFetch({
      'POST /api/stores/BJ01/appointments/appt-1/check-in': () => json(anAppointment({ status: 'ARRIVED', repairOrderId: 'ro-7', version: 4 }), 200, { ETag: '"4"' }),
    });
    const onCheckedIn = vi.fn();
    renderActions(anAppointment({ status: 'CONFIRMED' }), ['advisor'], vi.fn(), onCheckedIn);
    await user.click(screen.getByTestId('action-check-in'));
    await waitFor(() => expect(onCheckedIn).toHaveBeenCalledWith('ro-7'));
    expect(requestsTo(spy, 'POST', '/api/stores/BJ01/appointments/appt-1/check-in')[0]?.headers.get('If-Match')).toBe('"3"');
  });

  it('a refused check-in (deposit missing) shows the problem and stays', async () => {
    const user = userEvent.setup();
    stubFetch({ 'POST /api/stores/BJ01/appointments/appt-1/check-in': () => problem({ status: 409, title: 'Rule violated', code: 'R-APT-4', detail: '定金未付' }) });
    const onCheckedIn = vi.fn();
    renderActions(anAppointment({ status: 'CONFIRMED' }), ['advisor'], vi.fn(), onCheckedIn);
    await user.click(screen.getByTestId('action-check-in'));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(onCheckedIn).not.toHaveBeenCalled();
  });

  it('cashier on a deposit-required appointment: only the deposit', () => {
    stubFetch({});
    renderActions(anAppointment({ status: 'DEPOSIT_REQUIRED', deposit: { required: 850, paid: null, method: null, paidAt: null } }), ['cashier']);
    expect(buttons()).toEqual(['action-deposit']);
  });

  it('workshop sees no actions at all', () => {
    stubFetch({});
    renderActions(anAppointment({ status: 'REQUESTED' }), ['workshop']);
    expect(screen.queryByTestId('appointment-actions')).not.toBeInTheDocument();
  });

  it('confirm sends If-Match with the version read', async () => {
    const user = userEvent.setup();
    const spy = stubFetch({ 'POST /api/stores/BJ01/appointments/appt-1/confirm': () => json(anAppointment({ status: 'CONFIRMED', version: 4 }), 200, { ETag: '"4"' }) });
    renderActions(anAppointment({ status: 'REQUESTED' }), ['customer-service']);
    expect(buttons()).toEqual(['action-confirm', 'action-reschedule', 'action-cancel']);
    await user.click(screen.getByTestId('action-confirm'));
    await waitFor(() => expect(requestsTo(spy, 'POST', '/api/stores/BJ01/appointments/appt-1/confirm')).toHaveLength(1));
    expect(requestsTo(spy, 'POST', '/api/stores/BJ01/appointments/appt-1/confirm')[0]?.headers.get('If-Match')).toBe('"3"');
  });

  it('a stale version (412) is reported as a conflict, not an error', async () => {
    const user = userEvent.setup();
    stubFetch({ 'POST /api/stores/BJ01/appointments/appt-1/check-in': () => problem({ status: 412, title: 'Precondition Failed', code: 'stale' }) });
    const onConflict = renderActions(anAppointment({ status: 'CONFIRMED' }), ['advisor']);
    await user.click(screen.getByTestId('action-check-in'));
    await waitFor(() => expect(onConflict).toHaveBeenCalled());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('cancel needs a reason and sends it', async () => {
    const user = userEvent.setup();
    const spy = stubFetch({ 'POST /api/stores/BJ01/appointments/appt-1/cancel': () => json(anAppointment({ status: 'CANCELLED' })) });
    renderActions(anAppointment({ status: 'CONFIRMED' }), ['advisor']);
    await user.click(screen.getByTestId('action-cancel'));
    await user.click(await screen.findByTestId('confirm-cancel'));
    expect(await screen.findByText('请填写取消原因')).toBeInTheDocument();
    await user.click(screen.getByText('客户临时有事'));
    await user.click(screen.getByTestId('confirm-cancel'));
    await waitFor(() => expect(requestsTo(spy, 'POST', '/api/stores/BJ01/appointments/appt-1/cancel')).toHaveLength(1));
    expect(await requestsTo(spy, 'POST', '/api/stores/BJ01/appointments/appt-1/cancel')[0]?.json()).toEqual({ reason: '客户临时有事' });
  });

  it('the cashier records at least the required deposit', async () => {
    const user = userEvent.setup();
    const spy = stubFetch({ 'POST /api/stores/BJ01/appointments/appt-1/deposit': () => json(anAppointment({ status: 'CONFIRMED' })) });
    renderActions(anAppointment({ status: 'DEPOSIT_REQUIRED', deposit: { required: 850, paid: null, method: null, paidAt: null } }), ['cashier']);
    await user.click(screen.getByTestId('action-deposit'));
    const amount = await screen.findByTestId('deposit-amount');
    expect(amount).toHaveValue('¥850.00');
    await user.click(screen.getByText('现金'));
    await user.click(screen.getByTestId('confirm-deposit'));
    await waitFor(() => expect(requestsTo(spy, 'POST', '/api/stores/BJ01/appointments/appt-1/deposit')).toHaveLength(1));
    expect(await requestsTo(spy, 'POST', '/api/stores/BJ01/appointments/appt-1/deposit')[0]?.json()).toEqual({ amount: 850, method: 'CASH' });
  });
});
