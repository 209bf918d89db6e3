// The workshop's day (R-REP-1): an order is handed over to the foreman's queue; the foreman (the
// `workshop` log-in, linked to technician 李师傅 and marked foreman) drags its jobs onto his own
// timeline row — one with the mouse, one with a finger — and picks the bay and time; then, on a
// phone, he clocks on the first job (the order goes IN_PROGRESS), clocks on the second (the screen
// says the first was clocked off) and finishes it. Meanwhile other users hand an order over and
// dispatch it through the API: the open board shows it within 2 s without a reload (issue 9, live
// updates over server-sent events). Set-up through the API (idempotent), so it
// also runs on its own: E2E_FLOWS=workshop npm run e2e.
import { BASE_URL, assert, login, openBrowser, shot } from '../lib/browser.mjs';
import { client } from '../lib/api.mjs';
import { STORE, setUpStore } from '../lib/store-setup.mjs';
import { foremanTechnician, freeSlots, handedOverOrder, hhmm } from '../lib/workshop.mjs';

export const name = 'foreman drags handed-over jobs onto a technician (mouse and touch), the technician clocks on, switches and finishes on a phone';

const S = `/api/stores/${STORE}`;

export async function run(ctx, step) {
  let li;
  let plate;
  let order;
  let slots;
  await step('set-up: the foreman 李师傅 is the workshop log-in; an order with two jobs is handed over to the foreman queue', async () => {
    await setUpStore();
    const manager = await client('manager');
    li = await foremanTechnician(manager);
    ({ order, plate } = await handedOverOrder(await client('advisor'), '保养，四轮定位', ['更换机油及机滤', '四轮定位']));
    slots = freeSlots((await manager('GET', `${S}/workshop/board`)).body, li.id);
    assert(slots.length === 2, `two free half hours for 李师傅 today (found ${slots.length})`);
    console.log(`    ${order.number} ${plate} → 李师傅 ${slots.map((s) => `${hhmm(s.from)} ${s.bay.code}`).join(', ')}`);
  });

  // The foreman's board on a large screen: the queue and every technician row in view at once.
  const browser = await openBrowser({ width: 1600, height: 1400 });
  const { page } = browser;
  ctx.browsers.push(browser);
  const queued = () => page.getByTestId('job-queue').getByTestId('job-card').filter({ hasText: plate });
  const lane = () => page.locator(`[data-lane="technician:${li.id}"] [role="group"]`);

  /** In the dialog the drop opened: the row's technician is preset; pick bay and time, confirm, and the card is on the row. */
  async function confirmPlan(description, slot) {
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    assert((await dialog.getByTestId('assign-technician').inputValue()) === li.id, 'the drop put the job on 李师傅');
    await dialog.getByTestId('assign-bay').selectOption(slot.bay.id);
    await dialog.getByTestId('assign-start').fill(hhmm(slot.from));
    await dialog.getByTestId('assign-end').fill(hhmm(slot.to));
    await dialog.getByTestId('assign-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await lane().getByTestId('job-card').filter({ hasText: description }).first().waitFor();
  }

  await step('sign in as the foreman; the board by technician shows both jobs in the queue', async () => {
    await login(page, 'workshop');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '车间看板' }).click();
    await page.waitForURL(`${BASE_URL}/workshop/board`);
    await page.getByTestId('board-view').getByText('按技师').click();
    await lane().waitFor();
    assert((await queued().count()) === 2, 'both jobs wait in the queue');
    await shot(page, 'workshop-01-board-1600x1400');
  });

  await step('drag the first job with the mouse onto 李师傅; bay and time in the dialog', async () => {
    const card = queued().filter({ hasText: '更换机油及机滤' });
    await page.evaluate('window.scrollTo(0, 0)');
    const from = await card.boundingBox();
    const to = await lane().boundingBox();
    assert(from && to && to.y + to.height <= 1400, 'card and row are on screen');
    await page.mouse.move(from.x + 20, from.y + 20);
    await page.mouse.down();
    await page.mouse.move(from.x + 40, from.y + 40, { steps: 4 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
    await page.mouse.up();
    await confirmPlan('更换机油及机滤', slots[0]);
    await shot(page, 'workshop-02-dragged-with-mouse');
  });

  await step('drag the second job with a finger (touch: hold, then move)', async () => {
    const card = queued().filter({ hasText: '四轮定位' });
    await page.evaluate('window.scrollTo(0, 0)');
    const from = await card.boundingBox();
    const to = await lane().boundingBox();
    assert(from && to, 'card and row are on screen');
    const cdp = await page.context().newCDPSession(page);
    const touch = (type, x, y) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    await touch('touchStart', from.x + 20, from.y + 20);
    // TouchSensor picks a card up after a 200 ms hold (a short touch scrolls).
    await page.waitForTimeout(350);
    const steps = 12;
    for (let i = 1; i <= steps; i++) {
      await touch('touchMove', from.x + 20 + ((to.x + to.width / 3 - from.x - 20) * i) / steps, from.y + 20 + ((to.y + to.height / 2 - from.y - 20) * i) / steps);
    }
    await touch('touchEnd');
    await confirmPlan('四轮定位', slots[1]);
    assert((await queued().count()) === 0, 'the queue no longer has them');
    await shot(page, 'workshop-03-dragged-with-touch');
  });

  await step('live (issue 9): another user hands an order over and dispatches it through the API; the open board shows both within 2 s, without a reload', async () => {
    await page.locator('[data-testid="live-status"][data-status="live"]').waitFor();
    await page.evaluate('window.__sameDocument = true');
    const manager = await client('manager');
    const other = await handedOverOrder(await client('advisor'), '更换雨刮', ['更换雨刮片']);
    const card = () => page.getByTestId('job-queue').getByTestId('job-card').filter({ hasText: other.plate });
    await card().waitFor({ timeout: 2000 });
    const board = (await manager('GET', `${S}/workshop/board`)).body;
    const [slot] = freeSlots(board, li.id);
    assert(slot, 'a free half hour for 李师傅 today');
    const job = board.jobs.find((j) => j.repairOrderId === other.order.id);
    const at = (m) => `${board.day}T${hhmm(m)}:00+08:00`;
    const assigned = await manager('POST', `${S}/workshop/jobs/${job.id}/assign`,
      { technicianId: li.id, bayId: slot.bay.id, plannedStart: at(slot.from), plannedEnd: at(slot.to) }, { 'If-Match': `"${job.version}"` });
    assert(assigned.status === 200, `the manager assigned it (HTTP ${assigned.status})`);
    await lane().getByTestId('job-card').filter({ hasText: '更换雨刮片' }).first().waitFor({ timeout: 2000 });
    assert((await card().count()) === 0, 'it left the queue');
    assert((await page.evaluate('window.__sameDocument')) === true, 'the page was not reloaded');
    await shot(page, 'workshop-03b-live-update');
  });

  await step('on a phone: my jobs; clock on the first (the order starts), switch to the second (the screen says so), finish it', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${BASE_URL}/workshop/my-jobs`);
    const job = (description) => page.getByTestId('my-job').filter({ hasText: plate }).filter({ hasText: description });
    await job('更换机油及机滤').getByTestId('clock-on').click();
    await page.getByTestId('punch-done').filter({ hasText: `维修单 ${order.number} 已开始维修` }).waitFor();
    await page.getByTestId('clock-state').filter({ hasText: '正在计时' }).waitFor();
    await job('四轮定位').getByTestId('clock-on').click();
    await page.getByTestId('switched-notice').filter({ hasText: `已先结束「${order.number} 更换机油及机滤」的计时` }).waitFor();
    await shot(page, 'workshop-04-my-jobs-switched-390x844');
    await job('四轮定位').getByTestId('finish').click();
    await page.getByTestId('punch-done').filter({ hasText: '已完工：四轮定位' }).waitFor();
    const advisor = await client('advisor');
    const now = (await advisor('GET', `${S}/repair-orders/${order.id}`)).body;
    assert(now.status === 'IN_PROGRESS', `the order is IN_PROGRESS (is ${now.status})`);
    await shot(page, 'workshop-05-my-jobs-finished-390x844');
  });
}
