import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Punch, PunchResult } from '@/lib/api-types';
import { json, problem, requestsTo, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { aJob, myJobs } from '@/test/workshop-fixtures';
import { MyJobs } from './my-jobs';

const MY = 'GET /api/stores/BJ01/workshop/my/jobs';
const CLOCK_ON = '/api/stores/BJ01/workshop/my/clock-on';

const render = () => renderWithApp(<MyJobs store="BJ01" zone="Asia/Shanghai" />, { roles: ['workshop'] });

function aPunch(overrides: Partial<Punch> = {}): Punch {
  return { id: 'p1', technicianId: 'tech-zhou', jobId: 'job-1', orderNumber: 'ROBJ010000042', jobDescription: '更换机油及机滤', code: null, note: null, startedAt: '2030-01-07T02:00:00Z', endedAt: null, endReason: null, ...overrides };
}

const result = (overrides: Partial<PunchResult> = {}): PunchResult => ({ active: aPunch(), clockedOff: null, job: aJob({ status: 'IN_PROGRESS' }), orderStarted: false, ...overrides });

describe("the technician's jobs", () => {
  it('lists my jobs and starts one with a big button and an Idempotency-Key', async () => {
    const user = userEvent.setup();
    const spy = stubFetch({ [MY]: () => json(myJobs()), [`POST ${CLOCK_ON}`]: () => json(result({ orderStarted: true })) });
    render();
    const job = await screen.findByTestId('my-job');
    expect(job).toHaveTextContent('京A12345 · 更换机油及机滤');
    expect(within(job).getByTestId('my-job-plan')).toHaveTextContent('尚未排定时间');
    expect(screen.getByTestId('clock-state')).toHaveTextContent('当前未计时');
    expect(screen.getByTestId('my-hours')).toHaveTextContent('效率 67 % · 利用率 17 %');
    const start = within(job).getByTestId('clock-on');
    expect(start).toHaveTextContent('开工');
    await user.click(start);
    await waitFor(() => expect(requestsTo(spy, 'POST', CLOCK_ON)).toHaveLength(1));
    const call = requestsTo(spy, 'POST', CLOCK_ON)[0];
    expect(call?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await call?.json()).toEqual({ jobId: 'job-1' });
    expect(await screen.findByText('维修单 ROBJ010000042 已开始维修。')).toBeInTheDocument();
  });

  it('says which job was clocked off when clocking on another', async () => {
    const user = userEvent.setup();
    const other = aJob({ id: 'job-2', description: '四轮定位', status: 'ASSIGNED', technicianId: 'tech-zhou', availableActions: ['assign', 'unassign', 'clock-on'] });
    const running = myJobs({ activeClock: { punchId: 'p1', jobId: 'job-1', code: null, since: '2030-01-07T02:00:00Z' } });
    running.jobs = [aJob({ status: 'IN_PROGRESS', technicianId: 'tech-zhou', availableActions: ['assign', 'clock-on', 'pause', 'finish'] }), other];
    stubFetch({
      [MY]: () => json(running),
      [`POST ${CLOCK_ON}`]: () => json(result({ active: aPunch({ id: 'p2', jobId: 'job-2', jobDescription: '四轮定位' }), clockedOff: aPunch({ endedAt: '2030-01-07T02:30:00Z', endReason: 'SWITCHED' }) })),
    });
    render();
    expect(await screen.findByTestId('clock-running')).toHaveTextContent('ROBJ010000042 更换机油及机滤 · 自 10:00 起');
    const cards = screen.getAllByTestId('my-job');
    expect(within(cards[0] as HTMLElement).queryByTestId('clock-on')).toBeNull();
    await user.click(within(cards[1] as HTMLElement).getByTestId('clock-on'));
    expect(await screen.findByTestId('switched-notice')).toHaveTextContent('已先结束「ROBJ010000042 更换机油及机滤」的计时。');
  });

  it('pauses the running job with a reason and a note', async () => {
    const user = userEvent.setup();
    const running = myJobs({ activeClock: { punchId: 'p1', jobId: 'job-1', code: null, since: '2030-01-07T02:00:00Z' } });
    running.jobs = [aJob({ status: 'IN_PROGRESS', technicianId: 'tech-zhou', availableActions: ['assign', 'clock-on', 'pause', 'finish'] })];
    const spy = stubFetch({
      [MY]: () => json(running),
      'POST /api/stores/BJ01/workshop/my/pause': () => json(result({ active: null, clockedOff: aPunch({ endReason: 'PAUSED', endedAt: '2030-01-07T02:20:00Z' }) })),
    });
    render();
    await user.click(await screen.findByTestId('pause'));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('radio', { name: '等待配件' }));
    await user.type(within(dialog).getByTestId('pause-note'), '等待刹车片到货');
    await user.click(within(dialog).getByTestId('pause-confirm'));
    await waitFor(() => expect(requestsTo(spy, 'POST', '/api/stores/BJ01/workshop/my/pause')).toHaveLength(1));
    expect(await requestsTo(spy, 'POST', '/api/stores/BJ01/workshop/my/pause')[0]?.json()).toEqual({ reason: 'WAITING_PARTS', note: '等待刹车片到货' });
    expect(screen.getByTestId('clock-off')).toBeInTheDocument();
  });

  it('a retried tap keeps its Idempotency-Key; the next tap gets a new one', async () => {
    const user = userEvent.setup();
    let calls = 0;
    const spy = stubFetch({
      [MY]: () => json(myJobs()),
      [`POST ${CLOCK_ON}`]: () => {
        calls++;
        if (calls === 1) throw new TypeError('network down');
        return json(result());
      },
      'POST /api/stores/BJ01/workshop/my/non-productive': () => json(result({ active: aPunch({ jobId: null, jobDescription: null, orderNumber: null, code: 'CLEANING' }) })),
    });
    render();
    await user.click(await screen.findByTestId('clock-on'));
    expect(await screen.findByTestId('punch-problem')).toBeInTheDocument();
    await user.click(screen.getByTestId('clock-on'));
    await waitFor(() => expect(requestsTo(spy, 'POST', CLOCK_ON)).toHaveLength(2));
    const [first, retry] = requestsTo(spy, 'POST', CLOCK_ON);
    expect(retry?.headers.get('Idempotency-Key')).toBe(first?.headers.get('Idempotency-Key'));
    await waitFor(() => expect(screen.queryByTestId('punch-problem')).toBeNull());
    await user.click(screen.getByTestId('code-CLEANING'));
    await waitFor(() => expect(requestsTo(spy, 'POST', '/api/stores/BJ01/workshop/my/non-productive')).toHaveLength(1));
    const next = requestsTo(spy, 'POST', '/api/stores/BJ01/workshop/my/non-productive')[0];
    expect(next?.headers.get('Idempotency-Key')).not.toBe(first?.headers.get('Idempotency-Key'));
    expect(await next?.json()).toEqual({ code: 'CLEANING', note: null });
  });

  it('shows a refused punch with its reason', async () => {
    const user = userEvent.setup();
    stubFetch({
      [MY]: () => json(myJobs()),
      [`POST ${CLOCK_ON}`]: () => problem({ status: 409, code: 'R-CHK-3', title: 'Not allowed', detail: 'The order has a diagnosis without the customer\'s recorded consent' }),
    });
    render();
    await user.click(await screen.findByTestId('clock-on'));
    expect(await screen.findByTestId('punch-problem')).toHaveTextContent("The order has a diagnosis without the customer's recorded consent");
  });

  it('has an empty state, and says when the login is not linked to a technician', async () => {
    stubFetch({ [MY]: () => json(myJobs({ jobs: [] })) });
    const { unmount } = render();
    expect(await screen.findByText('暂无分配给您的工单')).toBeInTheDocument();
    unmount();
    stubFetch({
      [MY]: () => problem({ status: 403, code: 'technician-not-linked', title: 'Not a technician of this store', detail: 'Your login workshop is not linked to an active technician of store BJ01' }),
    });
    render();
    expect(await screen.findByRole('alert')).toHaveTextContent('Your login workshop is not linked to an active technician of store BJ01');
  });
});
