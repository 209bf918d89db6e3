// The check-in with the Wi-Fi gone (issue 14; R-CHK-1, R-CHK-2): the advisor starts a check-in,
// the connection drops mid-walk-around (the browser context's offline mode), a damage mark with a
// photo and the readings are recorded anyway, the app is reloaded while still offline (the service
// worker serves the app shell and the last API answers; the writes wait in IndexedDB), the screen
// says how many changes wait; the connection comes back, the screen says all is saved, and the
// server holds the mark, its photo (on that mark) and the readings exactly once. E2E_FLOWS=offline-check-in.
import { client } from '../lib/api.mjs';
import { BASE_URL, assert, login, openBrowser, shot } from '../lib/browser.mjs';
import { archivedVehicle, startCheckIn } from '../lib/check-in.mjs';
import { aPng } from '../lib/data.mjs';
import { STORE } from '../lib/store-setup.mjs';

export const name = 'offline check-in: offline mid-walk-around, a mark with a photo and the readings, reload offline, "N 项待同步", back online, "已全部保存", on the server exactly once';

const LAST_MILEAGE = 30000;
const READING = 31234;

async function syncState(page) {
  const el = page.getByTestId('sync-state');
  return { text: (await el.textContent())?.trim() ?? '', pending: Number(await el.getAttribute('data-pending')) };
}

async function waitForPending(page, n) {
  await page.waitForFunction((want) => globalThis.document.querySelector('[data-testid="sync-state"]')?.getAttribute('data-pending') === String(want), n, { timeout: 30_000 });
}

export async function run(ctx, step) {
  let car;
  let orderId;
  await step('set-up: a customer with a car in the archive', async () => {
    car = await archivedVehicle('离线客户', LAST_MILEAGE);
  });
  const browser = await openBrowser({ width: 1024, height: 768 });
  ctx.browsers.push(browser);
  const { page } = browser;
  const context = page.context();

  await step('advisor starts a check-in; the installed app (service worker) controls the page', async () => {
    await login(page, 'advisor');
    await page.goto(`${BASE_URL}/check-in`);
    await page.getByTestId('check-in-search').waitFor();
    await startCheckIn(page, car.plate, '保养，停车场网络差');
    orderId = new URL(page.url()).pathname.split('/').at(-1);
    // The worker installs (precaching the app shell) and takes over the page.
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 60_000 });
    const manifest = await page.evaluate(async () => (await fetch('/manifest.webmanifest')).json());
    assert(manifest.name === '4S售后服务平台' && manifest.icons.length >= 2 && manifest.theme_color, `installable: manifest with a zh-CN name and icons (${JSON.stringify(manifest).slice(0, 120)})`);
    // Reloaded once online under the worker, so that the order's answers are kept for a reload offline.
    await page.reload();
    await page.getByTestId('walk-around-step').waitFor();
    const s = await syncState(page);
    assert(s.pending === 0 && s.text === '已全部保存', `all saved before going offline (${s.text})`);
  });

  await step('the Wi-Fi drops mid-walk-around: a scratch with a photo is marked anyway and shows as waiting', async () => {
    await context.setOffline(true);
    await page.getByTestId('zone-FRONT_LEFT_DOOR').click();
    await page.getByTestId('damage-mark-dialog').waitFor();
    await page.getByTestId('mark-type-SCRATCH').click();
    await page.getByTestId('photo-input').setInputFiles({ name: 'door.png', mimeType: 'image/png', buffer: aPng() });
    await page.getByTestId('mark-note').fill('离线时记录的划痕');
    await page.getByTestId('save-mark').click();
    await page.getByTestId('damage-mark-dialog').waitFor({ state: 'detached' });
    await page.getByTestId('mark-pending').first().waitFor();
    await page.getByTestId('photo-pending').first().waitFor();
    await waitForPending(page, 2);
    await page.getByTestId('offline-hint').waitFor();
    await shot(page, 'offline-01-mark-waiting-1024x768');
  });

  await step('still offline: the readings are recorded and the wizard moves on', async () => {
    await page.getByTestId('to-readings').click();
    await page.getByTestId('readings-form').waitFor();
    await page.getByTestId('odometer').fill(String(READING));
    await page.getByTestId('fuel-HALF').click();
    await page.getByTestId('save-readings').click();
    await page.getByTestId('jobs-step').waitFor();
    await waitForPending(page, 3);
  });

  await step('the app is reloaded while offline: it opens from the service worker and still says 3 项待同步', async () => {
    await page.reload();
    await page.getByTestId('sync-state').waitFor({ timeout: 30_000 });
    await waitForPending(page, 3);
    const s = await syncState(page);
    assert(s.text === '3 项待同步', `"3 项待同步" after the reload (${s.text})`);
    await shot(page, 'offline-02-reloaded-offline-1024x768');
    // The walk-around shows the waiting mark from the tablet's queue.
    await page.goto(`${BASE_URL}/check-in/${orderId}?step=walkaround`);
    await page.getByTestId('mark-pending').first().waitFor();
  });

  await step('the connection comes back: everything is sent and the screen says 已全部保存', async () => {
    await context.setOffline(false);
    await waitForPending(page, 0);
    const s = await syncState(page);
    assert(s.text === '已全部保存', `"已全部保存" once back online (${s.text})`);
    await page.getByTestId('photo-thumb').first().waitFor({ timeout: 30_000 });
    assert((await page.getByTestId('mark-pending').count()) === 0, 'no mark waits any more');
    await shot(page, 'offline-03-all-saved-1024x768');
  });

  await step('the server has the mark, its photo on that mark and the readings, each exactly once', async () => {
    const call = await client('advisor');
    const inspection = (await call('GET', `/api/stores/${STORE}/repair-orders/${orderId}/inspection`)).body;
    assert(inspection.damageMarks.length === 1, `one damage mark (${inspection.damageMarks.length})`);
    const [mark] = inspection.damageMarks;
    assert(mark.type === 'SCRATCH' && mark.note === '离线时记录的划痕', `the mark made offline (${JSON.stringify(mark)})`);
    assert(inspection.odometer === READING && inspection.fuelLevel === 'HALF', `the readings made offline (${inspection.odometer}, ${inspection.fuelLevel})`);
    const photos = (await call('GET', `/api/stores/${STORE}/repair-orders/${orderId}/inspection/photos`)).body.items;
    assert(photos.length === 1, `one photo (${photos.length})`);
    assert(photos[0].damageMarkId === mark.id, `the photo is on the mark the replay created (${photos[0].damageMarkId} vs ${mark.id})`);
    const order = (await call('GET', `/api/stores/${STORE}/repair-orders/${orderId}`)).body;
    assert(order.status === 'DRAFT', `the order is still a draft (${order.status})`);
  });
}
