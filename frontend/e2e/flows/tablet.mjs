// The tablet at the car (issue 14; R-CHK-1, R-CHK-2): on a 1024 × 768 touch tablet the
// calendar, the booking form and the check-in screens have no control under 44 px and pass
// axe-core with no serious or critical violation; the walk-around diagram names its zones and
// fits in landscape and portrait; the readings step opens at its first field with no fuel level
// pre-set; the service manager's integrations screens have 44 px targets and pass axe. Every role's
// main screens are swept by roles-a11y. Set-up through the API, so it runs on its own: E2E_FLOWS=tablet.
import { BASE_URL, assert, login, logout, openBrowser, shot } from '../lib/browser.mjs';
import { expectTabletReady } from '../lib/a11y.mjs';
import { archivedVehicle, startCheckIn } from '../lib/check-in.mjs';
import { integratorClient } from '../lib/api.mjs';
import { STORE } from '../lib/store-setup.mjs';

export const name = 'tablet: 44 px targets and axe on calendar, booking and check-in; labelled walk-around diagram in both orientations; readings open at the odometer with fuel unset; the manager’s integrations screen (44 px, axe)';

/** Every shape of the diagram: its box on screen and the name written on it. */
async function diagramZones(page) {
  return page.getByTestId('vehicle-diagram').evaluate((svg) =>
    [...svg.querySelectorAll('[role=button]')].map((g) => {
      const r = g.getBoundingClientRect();
      return { name: g.getAttribute('aria-label'), text: g.querySelector('text')?.textContent ?? '', w: r.width, h: r.height, bottom: r.bottom, right: r.right };
    }),
  );
}

async function expectDiagramFits(page, orientation) {
  const zones = await diagramZones(page);
  assert(zones.length === 19, `19 tappable shapes on the diagram (${zones.length})`);
  const small = zones.filter((z) => z.w < 44 || z.h < 44);
  assert(small.length === 0, `${orientation}: every zone at least 44 px (${small.map((z) => `${z.name} ${Math.round(z.w)}x${Math.round(z.h)}`).join(', ')})`);
  for (const z of zones) assert(z.text && z.name.startsWith(z.text), `${orientation}: zone ${z.name} has its name written on it ("${z.text}")`);
  const words = await page.getByTestId('vehicle-diagram').locator('text').allTextContents();
  for (const w of ['车头', '车尾', '左侧', '右侧']) assert(words.some((x) => x.includes(w)), `${orientation}: "${w}" written on the diagram`);
  const vw = page.viewportSize()?.width ?? 0;
  assert(zones.every((z) => z.right <= vw), `${orientation}: the diagram fits the screen's width`);
}

export async function run(ctx, step) {
  let car;
  await step('set-up: a customer with a car in the archive', async () => {
    car = await archivedVehicle('平板客户', 30000);
  });
  const browser = await openBrowser({ width: 1024, height: 768 });
  ctx.browsers.push(browser);
  const { page } = browser;

  await step('advisor: the appointment calendar (day and week) has 44 px targets and passes axe', async () => {
    await login(page, 'advisor');
    await page.goto(`${BASE_URL}/appointments`);
    await page.getByTestId('day-calendar').waitFor();
    await page.getByTestId('calendar-view').waitFor();
    const n = await expectTabletReady(page, 'calendar (day)');
    console.log(`    calendar (day): ${n} targets, all >= 44 px`);
    await page.getByTestId('calendar-view').getByText('周').click();
    await page.getByTestId('week-calendar').waitFor();
    const m = await expectTabletReady(page, 'calendar (week)');
    console.log(`    calendar (week): ${m} targets, all >= 44 px`);
  });

  await step('advisor: the booking form has 44 px targets and passes axe', async () => {
    await page.goto(`${BASE_URL}/appointments/new`);
    await page.getByTestId('party-search').fill(car.plate);
    await page.getByTestId('pick-vehicle').filter({ hasText: car.plate }).click();
    await page.getByTestId('party-chosen').waitFor();
    // The days and times appear once a service is chosen.
    await page.getByText('定期保养', { exact: true }).click();
    await page.locator('[data-testid^="day-"]').first().waitFor();
    const n = await expectTabletReady(page, 'booking form');
    console.log(`    booking form: ${n} targets, all >= 44 px`);
  });

  await step('check-in: the walk-around diagram names its zones, fits landscape and portrait, 44 px, axe', async () => {
    await page.goto(`${BASE_URL}/check-in`);
    await page.getByTestId('check-in-search').waitFor();
    await expectTabletReady(page, 'check-in start');
    await startCheckIn(page, car.plate, '保养');
    await expectDiagramFits(page, 'landscape 1024x768');
    await expectTabletReady(page, 'walk-around (landscape)');
    await shot(page, 'tablet-01-walk-around-1024x768');
    await page.setViewportSize({ width: 768, height: 1024 });
    await expectDiagramFits(page, 'portrait 768x1024');
    await expectTabletReady(page, 'walk-around (portrait)');
    await shot(page, 'tablet-02-walk-around-768x1024');
    await page.setViewportSize({ width: 1024, height: 768 });
  });

  await step('readings open at the odometer (below the sticky header), no fuel level pre-set; the mark dialog and readings pass', async () => {
    await page.getByTestId('zone-BONNET').click();
    await page.getByTestId('damage-mark-dialog').waitFor();
    await expectTabletReady(page, 'damage-mark dialog', '[role=dialog]');
    await page.keyboard.press('Escape');
    await page.getByTestId('damage-mark-dialog').waitFor({ state: 'detached' });
    await page.getByTestId('to-readings').scrollIntoViewIfNeeded();
    await page.getByTestId('to-readings').click();
    await page.getByTestId('readings-form').waitFor();
    await page.waitForFunction(() => globalThis.document.activeElement?.getAttribute('data-testid') === 'odometer');
    const header = await page.locator('.app-header').boundingBox();
    const label = await page.getByText('里程表读数').first().boundingBox();
    assert(header && label && label.y >= header.y + header.height && label.y < 768, `the odometer label is on screen below the header (label at ${label?.y}, header ends ${header ? header.y + header.height : '?'})`);
    const checked = await page.getByTestId('fuel').locator('[aria-checked=true]').count();
    assert(checked === 0, 'no fuel level is pre-set');
    await page.getByTestId('save-readings').click();
    await page.getByTestId('fuel-required').waitFor();
    await page.getByRole('checkbox', { name: '行驶证' }).check();
    await expectTabletReady(page, 'readings');
    await shot(page, 'tablet-03-readings-1024x768');
  });

  await step('manager: the integrations screen (webhook subscriptions, issue 12) has 44 px targets and passes axe', async () => {
    const integrator = await integratorClient();
    const sub = await integrator('POST', `/api/stores/${STORE}/webhook-subscriptions`, { url: 'https://receiver.example.invalid/dms', eventTypes: ['RepairOrderSigned'], description: 'tablet flow' });
    assert(sub.status === 201, `the integrator subscribes (${sub.status})`);
    await logout(page);
    await login(page, 'manager');
    await page.goto(`${BASE_URL}/integrations`);
    await page.getByTestId('webhook-subscriptions').waitFor();
    const n = await expectTabletReady(page, 'integrations');
    console.log(`    integrations: ${n} targets, all >= 44 px`);
    await page.goto(`${BASE_URL}/integrations/${sub.body.subscription.id}`);
    await page.getByText('投递记录 · ').first().waitFor();
    await page.getByTestId('webhook-deliveries').or(page.getByText('还没有投递记录')).first().waitFor();
    await expectTabletReady(page, 'delivery log');
  });
}
