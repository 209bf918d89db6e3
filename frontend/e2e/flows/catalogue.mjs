// Issue 8: the service manager imports a small price list on the catalogue screen (CSV, with the
// import's outcome shown), then the advisor checks a car in and adds a part from it to the
// estimate in two taps — the search result, then "add" — seeing the catalogue's price and the
// R-CHK-5 disclaimer (an aftermarket part on a critical system carries no quality warranty)
// before and after adding. Runs on its own too: E2E_FLOWS=catalogue npm run e2e.
import { randomInt } from 'node:crypto';
import { assert, login, openBrowser, shot } from '../lib/browser.mjs';
import { archivedVehicle, startCheckIn } from '../lib/check-in.mjs';

export const name = 'manager imports a price list; advisor adds a catalogue part to the estimate in two taps with its price and disclaimer';

const LAST_MILEAGE = 30000;

export async function run(ctx, step) {
  const number = `E2E-BP-${randomInt(100000, 999999)}`;
  const priceList = [
    'part_number,name_zh,name_en,grade,list_price,critical_system,on_hand',
    `${number},前刹车片（品牌件）,Front brake pads,AFTERMARKET,420.00,true,2`,
    `${number}-OIL,全合成机油 5W-30,Engine oil,OEM,398.50,false,24`,
  ].join('\n');

  const manager = await openBrowser({ width: 1024, height: 768 });
  ctx.browsers.push(manager);
  await step('the service manager imports a small price list on the catalogue screen', async () => {
    const { page } = manager;
    await login(page, 'manager');
    await page.getByRole('link', { name: '配件目录' }).click();
    await page.getByTestId('tab-import').click();
    await page.getByTestId('import-panel').locator('input[type="file"]').setInputFiles({ name: 'price-list.csv', mimeType: 'text/csv', buffer: Buffer.from(priceList, 'utf8') });
    await page.getByTestId('import-start').click();
    await page.getByTestId('import-counts').waitFor();
    assert((await page.getByTestId('import-counts').textContent()).includes('新增 2'), 'both parts are new');
    await shot(page, 'catalogue-01-imported-1024x768');
    await page.getByTestId('tab-parts').click();
    await page.getByTestId('parts-search').fill(number);
    await page.getByTestId('part-row').filter({ hasText: number }).first().waitFor();
    await shot(page, 'catalogue-02-parts-1024x768');
  });

  let plate;
  await step('set-up: a vehicle in the archive', async () => {
    ({ plate } = await archivedVehicle('目录客户', LAST_MILEAGE));
  });

  const advisor = await openBrowser({ width: 1024, height: 768 });
  ctx.browsers.push(advisor);
  const { page } = advisor;
  await step('the advisor checks the car in up to the jobs step', async () => {
    await login(page, 'advisor');
    await page.getByRole('link', { name: '接车' }).click();
    await startCheckIn(page, plate, '刹车异响');
    await page.getByTestId('to-readings').click();
    await page.getByTestId('readings-form').waitFor();
    await page.getByTestId('odometer').fill(String(LAST_MILEAGE + 4200));
    const tag = `C${randomInt(100000, 999999)}`;
    await page.getByTestId('key-tag').fill(tag);
    await page.getByTestId('key-slot').fill(`S-${tag}`);
    await page.getByTestId('fuel-HALF').click(); // R-CHK-2: fuel starts unset
    await page.getByTestId('save-readings').click();
    await page.getByTestId('jobs-step').waitFor();
  });

  await step('two taps add the catalogue part, with its price and the no-warranty disclaimer shown', async () => {
    await page.getByTestId('catalogue-search').fill(number.toLowerCase().replace(/-/g, ''));
    const option = page.getByTestId('catalogue-option-part').filter({ hasText: '前刹车片' });
    await option.waitFor();
    await shot(page, 'catalogue-03-picker-1024x768');
    await option.click(); // tap 1
    assert((await page.getByTestId('picked-price').textContent()).includes('420.00'), 'the catalogue price is shown before adding');
    await page.getByTestId('picked-disclaimer').waitFor();
    await page.getByTestId('catalogue-add').click(); // tap 2
    const line = page.getByTestId('estimate-line').filter({ hasText: '前刹车片' });
    await line.waitFor();
    assert((await line.textContent()).includes('420.00'), `the estimate line has the catalogue price (${await line.textContent()})`);
    assert((await line.textContent()).includes('不提供质量保证'), 'the estimate line carries the R-CHK-5 disclaimer');
    await shot(page, 'catalogue-04-added-1024x768');
  });
}
