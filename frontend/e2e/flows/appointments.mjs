// Advisor books an appointment for an existing vehicle (R-APT-1..3), sees it on the calendar
// and on the welcome board (R-APT-8). The store set-up and the vehicle come from the API
// (idempotent), so this flow also runs on its own: E2E_FLOWS=appointments npm run e2e.
import { BASE_URL, assert, login, logout, openBrowser, shot } from '../lib/browser.mjs';
import { client } from '../lib/api.mjs';
import { archivedVehicle } from '../lib/check-in.mjs';
import { STORE, setUpStore } from '../lib/store-setup.mjs';
import { addDays, localDate, localTime } from '../lib/zone.mjs';

export const name = 'advisor books an appointment for an existing vehicle, sees it on the calendar and the welcome board';

const SERVICE = { code: 'MAINT', name: '定期保养' };

/** The vehicle the advisor flow registered through the UI, or a fresh one through the API. */
async function existingVehicle(ctx, call) {
  if (ctx.created?.plate) {
    const found = (await call('GET', `/api/stores/${STORE}/vehicles?q=${encodeURIComponent(ctx.created.plate)}`)).body.items[0];
    if (found) return { plate: found.plate, customerName: found.owner.name };
  }
  return archivedVehicle('预约客户', null, { model: '途观L', vehicleType: 'SUV' });
}

/** The next day (from tomorrow) with a free slot for the service, and that day's first free time. */
async function nextFreeSlot(call) {
  const today = localDate(Date.now());
  const from = addDays(today, 1);
  const to = addDays(from, 13);
  const slots = (await call('GET', `/api/stores/${STORE}/availability?from=${from}&to=${to}&serviceTypes=${SERVICE.code}`)).body;
  assert(slots.length > 0, `free slots for ${SERVICE.code} between ${from} and ${to}`);
  const first = slots[0];
  return { today, date: localDate(first.start), time: localTime(first.start) };
}

export async function run(ctx, step) {
  let vehicle;
  let slot;
  await step(`store ${STORE} is set up for booking; an existing vehicle; the next free slot`, async () => {
    await setUpStore();
    const call = await client('advisor');
    vehicle = await existingVehicle(ctx, call);
    slot = await nextFreeSlot(call);
    console.log(`    ${vehicle.plate} (${vehicle.customerName}) → ${slot.date} ${slot.time}`);
  });

  const browser = await openBrowser({ width: 1024, height: 768 });
  const { page } = browser;
  ctx.browsers.push(browser);

  await step('sign in as advisor; the appointment calendar', async () => {
    await login(page, 'advisor');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '预约' }).click();
    await page.waitForURL(`${BASE_URL}/appointments`);
    await page.getByTestId('day-calendar').waitFor();
    await shot(page, 'appointments-01-calendar-1024x768');
  });

  await step(`book ${SERVICE.name} for ${vehicle.plate}: search, pick, tap a time, confirm`, async () => {
    await page.getByTestId('new-appointment').click();
    await page.waitForURL(`${BASE_URL}/appointments/new`);
    await page.getByTestId('party-search').fill(vehicle.plate);
    await page.getByTestId('pick-vehicle').filter({ hasText: vehicle.plate }).click();
    await page.getByTestId('party-chosen').filter({ hasText: vehicle.customerName }).waitFor();
    await page.getByTestId(`service-${SERVICE.code}`).click();
    await page.getByTestId(`day-${slot.date}`).click();
    await page.getByTestId(`slot-${slot.time}`).click();
    assert((await page.getByTestId(`slot-${slot.time}`).getAttribute('aria-checked')) === 'true', 'the time is selected');
    await page.getByTestId('requested-work').fill('1万公里保养，空调有异味');
    await page.getByTestId('mileage').fill('23500');
    await shot(page, 'appointments-02-booking-form');
    await page.getByTestId('submit-booking').click();
    const card = page.getByTestId('booking-confirmation');
    await card.waitFor();
    const text = await card.innerText();
    assert(text.includes(vehicle.plate) && text.includes(slot.time) && text.includes(SERVICE.name), 'confirmation shows plate, time and service');
    assert(text.includes('已确认'), 'an advisor phone booking is confirmed at once');
    await shot(page, 'appointments-03-confirmation');
  });

  await step(`the calendar shows it on ${slot.date} at ${slot.time}`, async () => {
    await page.getByTestId('booked-calendar').click();
    await page.waitForURL(new RegExp(`/appointments\\?date=${slot.date}`));
    const chip = page.locator(`td[data-testid$="-${slot.time}"]`).getByTestId('calendar-appointment').filter({ hasText: vehicle.plate });
    await chip.waitFor();
    await chip.scrollIntoViewIfNeeded();
    await shot(page, 'appointments-04-calendar-with-booking');
    await page.getByTestId('calendar-view').getByText('周').click();
    await page.getByTestId('week-calendar').getByTestId('calendar-appointment').filter({ hasText: vehicle.plate }).waitFor();
    await page.setViewportSize({ width: 768, height: 1024 });
    await shot(page, 'appointments-05-week-768x1024');
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByTestId('week-calendar').getByTestId('calendar-appointment').filter({ hasText: vehicle.plate }).click();
    await page.getByTestId('appointment-plate').filter({ hasText: vehicle.plate }).waitFor();
    await page.getByTestId('notification-list').waitFor();
    await shot(page, 'appointments-06-detail');
  });

  await step('the welcome board lists it, without the app chrome', async () => {
    await page.goto(`${BASE_URL}/appointments`);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '欢迎看板' }).click();
    await page.waitForURL(`${BASE_URL}/board`);
    await page.getByTestId('welcome-board').waitFor();
    assert((await page.getByRole('navigation', { name: '主导航' }).count()) === 0, 'no app navigation on the board');
    await page.getByTestId('board-banner').filter({ hasText: '预约客户优先接待' }).waitFor();
    const list = slot.date === addDays(slot.today, 1) ? 'tomorrow' : slot.date === slot.today ? 'today' : null;
    if (list) {
      const row = page.getByTestId(`board-${list}`).getByTestId(`board-${list}-entry`).filter({ hasText: vehicle.plate });
      await row.waitFor();
      const text = await row.innerText();
      assert(text.includes(slot.time), 'board shows the arrival time');
      assert(text.includes(`${vehicle.customerName.slice(0, 1)}**`) && !text.includes(vehicle.customerName), 'the customer name is masked on the public screen');
      assert((await row.getByTestId('board-priority').count()) === 1, 'appointment customers are marked for priority reception');
    } else {
      console.log(`    (${slot.date} is beyond tomorrow: the board only lists today and tomorrow)`);
    }
    await shot(page, 'appointments-07-welcome-board-1024x768');
    await page.setViewportSize({ width: 768, height: 1024 });
    await shot(page, 'appointments-08-welcome-board-768x1024');
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByTestId('board-exit').click();
    await page.waitForURL(`${BASE_URL}/appointments`);
  });

  await step('log out', async () => {
    await logout(page);
  });
  await browser.close();
}
