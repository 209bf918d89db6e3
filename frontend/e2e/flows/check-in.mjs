// Advisor checks in an existing vehicle at the car (接车, R-CHK-*): one damage mark with a
// photo on the walk-around diagram (R-CHK-1), readings with the odometer-lower warning
// confirmed (R-CHK-2) and a key tag, a canned job builds the
// estimate (with a computed "no quality warranty" disclaimer, R-CHK-5), the customer signs on
// the canvas (R-CHK-9), the order is OPEN and handed over (R-CHK-10), the printed repair order
// (进厂维修单) opens. Set-up through the API (idempotent), so it also runs on its own:
// E2E_FLOWS=check-in npm run e2e.
import { randomInt } from 'node:crypto';
import { BASE_URL, assert, login, openBrowser, shot } from '../lib/browser.mjs';
import { client } from '../lib/api.mjs';
import { archivedVehicle, startCheckIn } from '../lib/check-in.mjs';
import { aPng } from '../lib/data.mjs';
import { STORE } from '../lib/store-setup.mjs';

export const name = 'advisor checks in a car: damage mark with photo, readings, canned job estimate, customer confirms the walk-around and signs, order open and handed over to a technician, printed';

const CANNED = {
  code: 'E2E-10K',
  name: '1万公里保养（E2E）',
  active: true,
  lines: [
    { kind: 'JOB', description: '更换机油及机滤', operationCode: 'LUB-001', hours: 1, pricingMode: 'SYSTEM', team: 'MECHANICAL' },
    { kind: 'PART', description: '机油 5W-30', partNumber: 'OIL-5W30', quantity: 4, unitPrice: 85, grade: 'OEM', criticalSystem: false },
    { kind: 'PART', description: '副厂刹车片', partNumber: 'BRK-AM-01', quantity: 1, unitPrice: 260, grade: 'AFTERMARKET', criticalSystem: true },
  ],
};

const LAST_MILEAGE = 50000;

/** The store's canned job for this flow, created once by the service manager. */
async function ensureCannedJob() {
  const call = await client('manager');
  const existing = (await call('GET', `/api/stores/${STORE}/canned-jobs`)).body.find((j) => j.code === CANNED.code);
  if (existing) return existing;
  return (await call('POST', `/api/stores/${STORE}/canned-jobs`, CANNED)).body;
}

/** Draws a signature-like zigzag across the canvas with real mouse moves. */
async function sign(page) {
  await page.getByTestId('sign').scrollIntoViewIfNeeded();
  const box = await page.getByTestId('signature-canvas').boundingBox();
  assert(box, 'signature canvas is visible');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 40, y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(box.x + 40 + i * 30, y + (i % 2 ? -40 : 40), { steps: 4 });
  await page.mouse.up();
}

export async function run(ctx, step) {
  let car;
  let canned;
  await step('set-up: canned job (manager) and a vehicle in the archive', async () => {
    canned = await ensureCannedJob();
    car = await archivedVehicle('接车客户', LAST_MILEAGE);
  });

  const browser = await openBrowser({ width: 1024, height: 768 });
  ctx.browsers.push(browser);
  const { page } = browser;

  await step('advisor signs in and opens 接车', async () => {
    await login(page, 'advisor');
    await page.getByRole('link', { name: '接车' }).click();
    await page.getByTestId('check-in-search').waitFor();
    await shot(page, 'check-in-01-start-1024x768');
  });

  await step('finds the vehicle by plate and starts the check-in', async () => {
    await startCheckIn(page, car.plate, '1万公里保养，刹车有异响');
  });

  await step('walk-around: taps the front left door, marks a scratch with a photo and a note', async () => {
    await page.getByTestId('zone-FRONT_LEFT_DOOR').click();
    await page.getByTestId('damage-mark-dialog').waitFor();
    await page.getByTestId('mark-type-SCRATCH').click();
    await page.getByTestId('photo-input').setInputFiles({ name: 'door.png', mimeType: 'image/png', buffer: aPng() });
    await page.getByTestId('mark-note').fill('左前门下沿划痕约5cm');
    await shot(page, 'check-in-02-damage-mark-1024x768');
    await page.getByTestId('save-mark').click();
    await page.getByTestId('damage-mark-dialog').waitFor({ state: 'detached' });
    await page.getByTestId('damage-mark').first().waitFor();
    await page.getByTestId('photo-thumb').first().waitFor();
    await shot(page, 'check-in-03-walk-around-1024x768');
    await page.setViewportSize({ width: 768, height: 1024 });
    await shot(page, 'check-in-03b-walk-around-768x1024');
    await page.setViewportSize({ width: 1024, height: 768 });
  });

  await step('readings: a lower odometer needs confirming (R-CHK-2); key tag and slot', async () => {
    await page.getByTestId('to-readings').click();
    await page.getByTestId('readings-form').waitFor();
    await page.getByTestId('odometer').fill(String(LAST_MILEAGE - 8000));
    const tag = `E2E${randomInt(100000, 999999)}`;
    await page.getByTestId('key-tag').fill(tag);
    await page.getByTestId('key-slot').fill(`S-${tag}`);
    await page.getByTestId('fuel-HALF').click(); // R-CHK-2: fuel starts unset
    await page.getByTestId('save-readings').click();
    await page.getByTestId('odometer-warning').waitFor();
    assert(await page.getByTestId('save-readings').isDisabled(), 'cannot save before confirming the lower reading');
    await page.getByTestId('odometer-confirm').click();
    await shot(page, 'check-in-04-odometer-warning-1024x768');
    await page.getByTestId('save-readings').click();
    await page.getByTestId('jobs-step').waitFor();
  });

  await step('adds the canned job in one tap; the estimate shows its lines', async () => {
    await page.getByTestId('canned-job').filter({ hasText: canned.name }).click();
    await page.getByTestId('estimate-line').nth(2).waitFor();
    await shot(page, 'check-in-05-jobs-1024x768');
    await page.getByTestId('to-estimate').click();
    await page.getByTestId('estimate-step').waitFor();
    await page.getByTestId('disclaimers').waitFor();
    const payable = await page.getByTestId('total-customer-payable').textContent();
    assert(/\d/.test(payable ?? ''), `customer payable shown (${payable})`);
    await shot(page, 'check-in-06-estimate-1024x768');
  });

  await step('resumes at the estimate after a reload (progress is on the server)', async () => {
    const url = new URL(page.url());
    await page.goto(BASE_URL + url.pathname);
    await page.getByTestId('estimate-step').waitFor();
  });

  await step('asks the customer to sign; the customer confirms the walk-around, then signs on the canvas', async () => {
    await page.getByTestId('submit-for-signature').click();
    await page.getByTestId('signature-canvas').waitFor();
    assert(await page.getByTestId('sign').isDisabled(), 'cannot confirm before drawing');
    // R-PRE-3: the customer declines the oil; it stays listed, out of what is paid and signed, and becomes a finding.
    const before = await page.getByTestId('total-customer-payable').textContent();
    await page.getByTestId('estimate-line').nth(1).getByTestId('decline-line').click();
    await page.getByTestId('estimate-line').nth(1).getByTestId('declined-badge').waitFor();
    await page.getByTestId('total-customer-payable').filter({ hasNotText: before ?? '' }).waitFor();
    await shot(page, 'check-in-06b-line-declined-1024x768');
    // R-CHK-9: the walk-around the print says the customer confirmed is on the signing screen.
    await page.getByTestId('sign-walkaround').getByTestId('print-mark').first().waitFor();
    await sign(page);
    assert(await page.getByTestId('sign').isDisabled(), 'cannot confirm before the walk-around is confirmed');
    await page.getByTestId('confirm-walkaround').check();
    await shot(page, 'check-in-07-signature-1024x768');
    // R-REP-5 (旧件处理): with parts on the order the customer says what happens to the old ones.
    if (await page.getByTestId('old-parts-choice').count()) await page.getByTestId('old-parts-TAKE_HOME').click();
    await page.getByTestId('sign').click();
    await page.getByTestId('handover-form').waitFor();
    assert((await page.getByTestId('wizard-status').textContent()).includes('已开单'), 'order is OPEN after signing');
  });

  await step('hands the car over to a technician of the workshop (time rounded to 10 minutes)', async () => {
    // R-CHK-10: the receiver is picked from the workshop's technicians (or the foreman queue), not typed.
    await page.getByTestId('handover-form').getByRole('radio', { name: '赵师傅' }).check();
    await page.getByTestId('hand-over').click();
    await page.getByTestId('check-in-done').waitFor();
    await page.getByTestId('next-car').waitFor();
    const at = await page.getByTestId('handover-time').textContent();
    assert(/:\d0/.test(at ?? ''), `handover time on a 10-minute mark (${at})`);
    await shot(page, 'check-in-08-done-1024x768');
  });

  await step('opens the printable repair order (进厂维修单)', async () => {
    await page.getByTestId('open-print').click();
    await page.getByTestId('ro-print').waitFor();
    assert((await page.getByTestId('print-signature').textContent()).includes(car.customerName), 'printed order carries the signer');
    assert(/[0-9a-f]{16}/.test((await page.getByTestId('print-estimate-hash').textContent()) ?? ''), 'printed order carries the signed estimate checksum');
    assert((await page.getByTestId('print-handover').textContent()).includes('赵师傅'), 'printed order names the receiving technician');
    await page.getByTestId('print-signature-image').waitFor();
    await page.getByTestId('print-declined-line').filter({ hasText: '机油 5W-30' }).waitFor();
    await page.getByTestId('print-disclaimers').waitFor();
    await page.getByTestId('print-mark').first().waitFor();
    // Issue 14: the old-parts choice, the advisor and the quality-warranty terms are on it.
    assert((await page.getByTestId('print-old-parts').textContent()).includes('客户带走旧件'), 'printed order carries the old-parts choice');
    assert((await page.getByTestId('print-advisor').textContent()).trim() !== '—', 'printed order names the advisor');
    assert((await page.getByTestId('print-warranty-terms').textContent()).includes('20000公里'), 'printed order carries the warranty terms');
    await shot(page, 'check-in-09-print-1024x768');
    await page.setViewportSize({ width: 768, height: 1024 });
    await shot(page, 'check-in-10-print-768x1024');
    await page.emulateMedia({ media: 'print' });
    await shot(page, 'check-in-11-print-media');
    await page.emulateMedia({ media: 'screen' });
    await page.goto(BASE_URL + '/check-in');
    await page.getByTestId('check-in-search').waitFor();
    await shot(page, 'check-in-12-start-768x1024');
  });
}
