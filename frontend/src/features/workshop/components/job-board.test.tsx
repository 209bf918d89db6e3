import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, problem, requestsTo, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { aBoard, aJob } from '@/test/workshop-fixtures';
import { JobBoard } from './job-board';

const BOARD = 'GET /api/stores/BJ01/workshop/board';
const ASSIGN = '/api/stores/BJ01/workshop/jobs/job-1/assign';

const render = (canDispatch = true) => renderWithApp(<JobBoard store="BJ01" canDispatch={canDispatch} />, { roles: canDispatch ? ['workshop'] : ['advisor'] });

/** Gives elements the boxes a browser would lay out (jsdom has none), so drag and drop can find its target. */
function layOut(boxes: { match: (el: Element) => boolean; rect: { x: number; y: number; width: number; height: number } }[]) {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const box = boxes.find((b) => b.match(this))?.rect ?? { x: 0, y: 0, width: 0, height: 0 };
    return { ...box, left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height, toJSON: () => box } as DOMRect;
  });
}

describe('the foreman board', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows the queue and the day by bay, and by technician with their hours', async () => {
    const user = userEvent.setup();
    const planned = aJob({
      id: 'job-2',
      description: '四轮定位',
      status: 'PAUSED',
      pauseReason: 'WAITING_PARTS',
      lateness: 'AT_RISK',
      technicianId: 'tech-zhou',
      technicianName: '周技师',
      bayId: 'bay-b01',
      bayCode: 'B01',
      plannedStart: '2030-01-07T02:00:00Z',
      plannedEnd: '2030-01-07T03:00:00Z',
      clockedOn: true,
      expectedCompletionAt: '2030-01-07T09:30:00Z',
    });
    stubFetch({ [BOARD]: () => json(aBoard({ jobs: [aJob({ lateness: 'LATE', expectedCompletionAt: '2030-01-07T08:45:00Z' }), planned] })) });
    render();
    const queue = await screen.findByTestId('job-queue');
    const waiting = within(queue).getByTestId('job-card');
    expect(waiting).toHaveAttribute('data-status', 'WAITING');
    expect(waiting).toHaveAttribute('data-lateness', 'LATE');
    expect(within(waiting).getByTestId('job-status')).toHaveTextContent('待派工');
    expect(within(waiting).getByTestId('job-lateness')).toHaveTextContent('已延误');
    // Promised 16:00 in the store's zone.
    expect(within(waiting).getByTestId('job-promised')).toHaveTextContent('承诺 16:00');
    // R-REP-2: the workshop's expected completion from the advisor's progress check, in store time.
    expect(within(waiting).getByTestId('job-expected')).toHaveTextContent('预计完工 16:45');
    const lanes = screen.getAllByTestId('board-lane');
    expect(lanes.map((l) => l.getAttribute('data-lane'))).toEqual(['bay:bay-b01', 'bay:bay-p01']);
    const onB01 = within(lanes[0] as HTMLElement).getByTestId('job-card');
    expect(onB01).toHaveAttribute('data-status', 'PAUSED');
    // On the timeline the colours say status and lateness; the text says why it is paused, the label says all.
    expect(within(onB01).getByTestId('job-status')).toHaveTextContent('等待配件');
    expect(onB01).toHaveAttribute('data-lateness', 'AT_RISK');
    expect(onB01.getAttribute('title')).toContain('已暂停');
    expect(onB01.getAttribute('title')).toContain('有延误风险');
    expect(within(onB01).getByTestId('clocked-on')).toBeInTheDocument();
    expect(within(onB01).getByTestId('job-expected')).toHaveTextContent('预计完工 17:30');
    expect(onB01.getAttribute('title')).toContain('预计完工 17:30');
    // 10:00-11:00 of 08:00-18:00.
    expect(onB01.style.left).toBe('20%');
    expect(onB01.style.width).toBe('10%');

    await user.click(screen.getByRole('radio', { name: '按技师' }));
    const byTech = screen.getAllByTestId('board-lane');
    expect(byTech.map((l) => l.getAttribute('data-lane'))).toEqual(['technician:tech-zhou', 'technician:tech-wu']);
    expect(within(byTech[0] as HTMLElement).getByTestId('technician-hours')).toHaveTextContent('效率 67 % · 利用率 17 %');
    expect(within(byTech[1] as HTMLElement).getByTestId('technician-hours')).toHaveTextContent('效率 – · 利用率 0 %');
    expect(within(byTech[0] as HTMLElement).getByTestId('job-card')).toHaveAttribute('data-job-id', 'job-2');
  });

  it('assigns through the dialog (the keyboard way) with If-Match and the time in the store zone', async () => {
    const user = userEvent.setup();
    let assigned = false;
    const spy = stubFetch({
      [BOARD]: () => json(aBoard({ jobs: [assigned ? aJob({ status: 'ASSIGNED', version: 4 }) : aJob()] })),
      [`POST ${ASSIGN}`]: () => {
        assigned = true;
        return json(aJob({ status: 'ASSIGNED', version: 4 }));
      },
    });
    render();
    await user.click(await screen.findByTestId('job-assign'));
    const dialog = await screen.findByRole('dialog');
    await user.selectOptions(within(dialog).getByTestId('assign-technician'), 'tech-zhou');
    await user.selectOptions(within(dialog).getByTestId('assign-bay'), 'bay-b01');
    fireEvent.change(within(dialog).getByTestId('assign-start'), { target: { value: '10:00' } });
    fireEvent.change(within(dialog).getByTestId('assign-end'), { target: { value: '11:30' } });
    // The lead is not offered as their own helper.
    expect(within(dialog).queryByRole('checkbox', { name: '周技师' })).toBeNull();
    await user.click(within(dialog).getByTestId('assign-confirm'));
    await waitFor(() => expect(requestsTo(spy, 'POST', ASSIGN)).toHaveLength(1));
    const call = requestsTo(spy, 'POST', ASSIGN)[0];
    expect(call?.headers.get('If-Match')).toBe('"3"');
    expect(await call?.json()).toEqual({ technicianId: 'tech-zhou', bayId: 'bay-b01', plannedStart: '2030-01-07T02:00:00.000Z', plannedEnd: '2030-01-07T03:30:00.000Z', helpers: [] });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('assigns a team: a helper chosen in the dialog, and the card names lead and helper (R-REP-1)', async () => {
    const user = userEvent.setup();
    const team = aJob({
      status: 'ASSIGNED',
      technicianId: 'tech-zhou',
      technicianName: '周技师',
      availableActions: ['assign', 'unassign', 'clock-on'],
      crew: [
        { technicianId: 'tech-zhou', name: '周技师', lead: true, share: 0.5, soldHours: 0.5 },
        { technicianId: 'tech-wu', name: '吴技师', lead: false, share: 0.5, soldHours: 0.5 },
      ],
    });
    let assigned = false;
    const spy = stubFetch({
      [BOARD]: () => json(aBoard({ jobs: [assigned ? team : aJob()] })),
      [`POST ${ASSIGN}`]: () => {
        assigned = true;
        return json(team);
      },
    });
    render();
    await user.click(await screen.findByTestId('job-assign'));
    const dialog = await screen.findByRole('dialog');
    await user.selectOptions(within(dialog).getByTestId('assign-technician'), 'tech-zhou');
    await user.selectOptions(within(dialog).getByTestId('assign-bay'), 'bay-b01');
    fireEvent.change(within(dialog).getByTestId('assign-start'), { target: { value: '10:00' } });
    fireEvent.change(within(dialog).getByTestId('assign-end'), { target: { value: '11:00' } });
    await user.click(within(dialog).getByRole('checkbox', { name: '吴技师' }));
    await user.click(within(dialog).getByTestId('assign-confirm'));
    await waitFor(() => expect(requestsTo(spy, 'POST', ASSIGN)).toHaveLength(1));
    expect(await requestsTo(spy, 'POST', ASSIGN)[0]?.json()).toMatchObject({ technicianId: 'tech-zhou', helpers: [{ technicianId: 'tech-wu' }] });
    const crew = await screen.findByTestId('job-crew');
    expect(crew).toHaveTextContent('周技师 + 吴技师');
    expect(screen.getByTestId('job-card').getAttribute('title')).toContain('班组：周技师、吴技师');
  });

  it("lists technicians without the job's skill and bays of another type but does not offer them", async () => {
    const user = userEvent.setup();
    stubFetch({ [BOARD]: () => json(aBoard({ jobs: [aJob({ requiredSkill: 'BODY', requiredBayType: 'BODY_PAINT' })] })) });
    render();
    await user.click(await screen.findByTestId('job-assign'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('option', { name: /周技师/ })).toBeDisabled();
    expect(within(dialog).getByRole('option', { name: '吴技师' })).toBeEnabled();
    expect(within(dialog).getByRole('option', { name: /B01/ })).toBeDisabled();
    expect(within(dialog).getByRole('option', { name: /P01/ })).toBeEnabled();
  });

  it('a card dropped on a bay row (here by keyboard) is planned there at the time under its edge; a refused move shows why', async () => {
    const job = aJob({ technicianId: 'tech-zhou', technicianName: '周技师', status: 'ASSIGNED', availableActions: ['assign', 'unassign', 'clock-on'] });
    const spy = stubFetch({
      [BOARD]: () => json(aBoard({ jobs: [job] })),
      [`POST ${ASSIGN}`]: () =>
        problem({ status: 409, code: 'R-REP-1', title: 'Double booking refused (R-REP-1)', detail: '周技师 is already booked 09:00–10:00 for job "更换刹车片" of order ROBJ010000007' }),
    });
    render();
    const card = await screen.findByTestId('job-card');
    // The lane B01 is 1000 px wide from x = 200 (08:00-18:00, 100 px an hour); the card starts at x = 300 (09:00).
    layOut([
      { match: (el) => el.getAttribute('data-testid') === 'job-card', rect: { x: 300, y: 0, width: 200, height: 60 } },
      { match: (el) => el.getAttribute('aria-label') === 'B01 1号机修工位 的时间轴', rect: { x: 200, y: 100, width: 1000, height: 96 } },
      { match: (el) => el.getAttribute('aria-label') === 'P01 钣喷工位 的时间轴', rect: { x: 200, y: 200, width: 1000, height: 96 } },
    ]);
    card.focus();
    fireEvent.keyDown(card, { code: 'Space', key: ' ' });
    for (let i = 0; i < 5; i++) {
      await act(async () => {
        fireEvent.keyDown(document, { code: 'ArrowDown', key: 'ArrowDown' });
      });
    }
    await act(async () => {
      fireEvent.keyDown(document, { code: 'Space', key: ' ' });
    });
    await waitFor(() => expect(requestsTo(spy, 'POST', ASSIGN)).toHaveLength(1));
    const body = (await requestsTo(spy, 'POST', ASSIGN)[0]?.json()) as Record<string, string>;
    expect(body).toEqual({ technicianId: 'tech-zhou', bayId: 'bay-b01', plannedStart: '2030-01-07T01:00:00.000Z', plannedEnd: '2030-01-07T02:00:00.000Z' });
    expect(await screen.findByTestId('board-problem')).toHaveTextContent('周技师 is already booked 09:00–10:00 for job "更换刹车片" of order ROBJ010000007');
  });

  it('is read-only for an advisor', async () => {
    stubFetch({ [BOARD]: () => json(aBoard()) });
    render(false);
    expect(await screen.findByText('只读：派工由车间主管或服务经理进行。')).toBeInTheDocument();
    expect(screen.queryByTestId('job-assign')).toBeNull();
  });

  it('says when there is nothing on the board and when it could not be read', async () => {
    stubFetch({ [BOARD]: () => json(aBoard({ jobs: [] })) });
    const { unmount } = render();
    expect(await screen.findByText('今天没有车间工单')).toBeInTheDocument();
    unmount();
    stubFetch({ [BOARD]: () => problem({ status: 500, title: 'Internal error', detail: 'Something went wrong on our side' }) });
    render();
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong on our side');
    expect(screen.getByRole('button', { name: '重试' })).toBeInTheDocument();
  });

  it('moves between days', async () => {
    const user = userEvent.setup();
    const spy = stubFetch({ [BOARD]: (r) => json(aBoard({ day: new URL(r.url).searchParams.get('day') ?? '2030-01-07' })) });
    render();
    await user.click(await screen.findByTestId('day-next'));
    await waitFor(() => expect(requestsTo(spy, 'GET', '/api/stores/BJ01/workshop/board').some((r) => new URL(r.url).searchParams.get('day') === '2030-01-08')).toBe(true));
  });
});
