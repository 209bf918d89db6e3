import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, problem, requestsTo, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { anAppointment, aSlot, LI, SERVICE_TYPES, SETTINGS, WANG } from '@/test/appointment-fixtures';
import { BookingForm } from './booking-form';

const TODAY = '2030-01-07'; // a Monday
const party = { kind: 'existing' as const, customerId: 'cust-1', vehicleId: 'veh-1' };

function stubStore(book: (req: Request) => Response | Promise<Response>) {
  return stubFetch({
    'GET /api/stores/BJ01/settings': () => json(SETTINGS),
    'GET /api/stores/BJ01/service-types': () => json(SERVICE_TYPES),
    'GET /api/stores/BJ01/advisors': () => json([WANG, LI]),
    // Nothing free today; two times tomorrow.
    'GET /api/stores/BJ01/availability': () => json([aSlot('2030-01-08', '09:00'), aSlot('2030-01-08', '09:30', [LI], 1)]),
    'POST /api/stores/BJ01/appointments': book,
  });
}

function renderForm(onBooked = vi.fn()) {
  renderWithApp(<BookingForm store="BJ01" zone="Asia/Shanghai" today={TODAY} party={party} partySection={<div>京A12345</div>} onBooked={onBooked} />);
  return onBooked;
}

async function pickServiceAndSlot(user: ReturnType<typeof userEvent.setup>, time: string) {
  await user.click(await screen.findByText('定期保养'));
  const slots = await screen.findByTestId('slots');
  await user.click(within(slots).getByTestId(`slot-${time}`));
}

describe('booking: picking a slot', () => {
  it('asks for services before it shows times', async () => {
    stubStore(() => json({}, 500));
    renderForm();
    expect(await screen.findByTestId('slots-need-services')).toBeInTheDocument();
  });

  it('opens on the first day with free slots and books the chosen time with any advisor', async () => {
    const user = userEvent.setup();
    const booked = anAppointment({ id: 'new-1' });
    const spy = stubStore(() => json(booked, 201, { ETag: '"0"' }));
    const onBooked = renderForm();
    await user.click(await screen.findByText('定期保养'));
    // Day strip: today has nothing, tomorrow two free times.
    expect(await screen.findByTestId('day-2030-01-08')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('day-2030-01-08')).toHaveTextContent('2 个空档');
    expect(screen.getByTestId('day-2030-01-07')).toBeDisabled();
    await user.click(within(await screen.findByTestId('slots')).getByTestId('slot-09:30'));
    expect(screen.getByTestId('slot-09:30')).toHaveAttribute('aria-checked', 'true');
    await user.type(screen.getByTestId('requested-work'), '刹车异响');
    await user.click(screen.getByTestId('submit-booking'));

    await waitFor(() => expect(onBooked).toHaveBeenCalledWith(booked));
    const [post] = requestsTo(spy, 'POST', '/api/stores/BJ01/appointments');
    const body = (await post?.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      customerId: 'cust-1',
      vehicleId: 'veh-1',
      serviceTypeCodes: ['MAINT'],
      arrivalAt: '2030-01-08T01:30:00Z',
      requestedWork: '刹车异响',
      origin: 'CUSTOMER',
      channel: 'PHONE',
      documentsToBring: ['MAINTENANCE_BOOKLET', 'REGISTRATION'],
      parts: [],
    });
    expect(body).not.toHaveProperty('advisorId'); // "any advisor"
    expect(post?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('asks the availability of the chosen advisor and books with them', async () => {
    const user = userEvent.setup();
    const spy = stubStore(() => json(anAppointment(), 201));
    renderForm();
    await user.click(await screen.findByText('定期保养'));
    await user.click(within(screen.getByTestId('advisor-choice')).getByText('李顾问'));
    await waitFor(() => expect(requestsTo(spy, 'GET', '/api/stores/BJ01/availability').some((r) => new URL(r.url).searchParams.get('advisorId') === LI.id)).toBe(true));
    const url = new URL(requestsTo(spy, 'GET', '/api/stores/BJ01/availability').at(-1)?.url ?? '');
    expect(url.searchParams.get('serviceTypes')).toBe('MAINT');
    expect(url.searchParams.get('from')).toBe(TODAY);
    expect(url.searchParams.get('to')).toBe('2030-01-20');
    await user.click(within(await screen.findByTestId('slots')).getByTestId('slot-09:00'));
    await user.type(screen.getByTestId('requested-work'), '保养');
    await user.click(screen.getByTestId('submit-booking'));
    await waitFor(() => expect(requestsTo(spy, 'POST', '/api/stores/BJ01/appointments')).toHaveLength(1));
    expect(await requestsTo(spy, 'POST', '/api/stores/BJ01/appointments')[0]?.json()).toMatchObject({ advisorId: LI.id, arrivalAt: '2030-01-08T01:00:00Z' });
  });

  it('says "slot just taken" on an R-APT-3 refusal, clears the choice and reloads the free times', async () => {
    const user = userEvent.setup();
    const spy = stubStore(() => problem({ status: 409, title: 'Refused', code: 'R-APT-3', detail: 'No advisor has reception capacity left; pick another slot' }));
    const onBooked = renderForm();
    await pickServiceAndSlot(user, '09:30');
    await user.type(screen.getByTestId('requested-work'), '保养');
    const before = requestsTo(spy, 'GET', '/api/stores/BJ01/availability').length;
    await user.click(screen.getByTestId('submit-booking'));
    expect(await screen.findByTestId('slot-taken')).toHaveTextContent('该时段刚刚被约满');
    await waitFor(() => expect(requestsTo(spy, 'GET', '/api/stores/BJ01/availability').length).toBeGreaterThan(before));
    expect(screen.getByTestId('slot-09:30')).toHaveAttribute('aria-checked', 'false');
    expect(onBooked).not.toHaveBeenCalled();
  });

  it('does not send without a time and a request', async () => {
    const user = userEvent.setup();
    const spy = stubStore(() => json({}, 201));
    renderForm();
    await user.click(await screen.findByText('定期保养'));
    await user.click(screen.getByTestId('submit-booking'));
    expect(await screen.findByText('请选择到店时间')).toBeInTheDocument();
    expect(screen.getByText('请填写客户需求或故障描述')).toBeInTheDocument();
    expect(requestsTo(spy, 'POST', '/api/stores/BJ01/appointments')).toHaveLength(0);
  });

  it('shows the deposit a high-value part will require (store share, default 50 %)', async () => {
    const user = userEvent.setup();
    stubStore(() => json({}, 201));
    renderForm();
    await user.click(await screen.findByTestId('add-part'));
    const row = screen.getByTestId('part-row');
    await user.type(within(row).getByLabelText('配件号'), '5Q0615301H');
    await user.type(within(row).getByLabelText('名称'), '前刹车盘');
    await user.clear(within(row).getByLabelText('数量'));
    await user.type(within(row).getByLabelText('数量'), '2');
    await user.type(within(row).getByLabelText('单价（元）'), '850');
    expect(screen.queryByTestId('deposit-hint')).not.toBeInTheDocument();
    await user.click(within(row).getByLabelText('高价值 / 需订货'));
    expect(await screen.findByTestId('deposit-hint')).toHaveTextContent('¥850.00');
    expect(screen.getByTestId('deposit-hint')).toHaveTextContent('50%');
  });

  it('keeps services of one bay type together', async () => {
    const user = userEvent.setup();
    stubStore(() => json({}, 201));
    renderForm();
    await user.click(await screen.findByText('定期保养'));
    expect(screen.getByRole('checkbox', { name: /钣喷/ })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: /故障诊断/ })).toBeEnabled();
  });
});
