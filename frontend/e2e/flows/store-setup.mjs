// Issue 8: the service manager imports a price list, then sets up a canned job on the set-up
// screen by picking its part from the catalogue (nothing typed but the job's code and name: the
// number, price, grade and critical flag come from the price list, and the line is priced by the
// catalogue whenever the job is used). The advisor then checks a car in and adds the canned job to
// the estimate with a tap on it, seeing the catalogue price and the R-CHK-5 disclaimer (an
// aftermarket part on a critical system carries no quality warranty). The set-up checklist on the
// manager's home says whether the store can take bookings. Runs alone: E2E_FLOWS=store-setup.
import { randomInt } from 'node:crypto';
import { assert, login, openBrowser, shot } from '../lib/browser.mjs';
import { archivedVehicle, startCheckIn } from '../lib/check-in.mjs';

export const name = 'manager sets up a canned job from an imported price list; advisor adds it to the estimate with its price and disclaimer';

const LAST_MILEAGE = 40000;

export async function run(ctx, step) {
  const n = randomInt(100000, 999999);
  const number = `E2E-CJ-${n}`;
  const jobName = `前刹车片更换 ${n}`;
  const priceList = ['part_number,name_zh,name_en,grade,list_price,critical_system,on_hand', `${number},前刹车片（套装）,Front brake pad set,AFTERMARKET,468.00,true,6`].join('\n');

  const manager = await openBrowser({ width: 1024, height: 768 });
  ctx.browsers.push(manager);
  await step('the manager home shows the set-up checklist; the manager imports a price list', async () => {
    const { page } = manager;
    await login(page, 'manager');
    await page.getByTestId('setup-checklist').waitFor();
    await shot(page, 'store-setup-01-checklist-1024x768');
    await page.getByRole('link', { name: '配件目录' }).click();
    await page.getByTestId('tab-import').click();
    await page.getByTestId('import-panel').locator('input[type="file"]').setInputFiles({ name: 'price-list.csv', mimeType: 'text/csv', buffer: Buffer.from(priceList, 'utf8') });
    await page.getByTestId('import-start').click();
    await page.getByTestId('import-counts').waitFor();
    assert((await page.getByTestId('import-counts').textContent()).includes('新增 1'), 'the part is new');
  });

  await step('the manager sets up a canned job by picking the part from the price list', async () => {
    const { page } = manager;
    await page.getByRole('link', { name: '门店设置' }).click();
    await page.getByTestId('setup-tab-canned-jobs').click();
    await page.getByTestId('add-canned-jobs').click();
    await page.getByTestId('canned-job-code').fill(`BRK-${n}`);
    await page.getByTestId('canned-job-name').fill(jobName);
    await page.getByTestId('catalogue-search').fill(number);
    await page.getByTestId('catalogue-option-part').filter({ hasText: '前刹车片（套装）' }).click();
    await page.getByTestId('catalogue-add').click();
    assert((await page.getByTestId('canned-job-part-number').inputValue()) === number, 'the part number comes from the price list');
    assert((await page.getByTestId('canned-job-unit-price').inputValue()).startsWith('468'), 'the price comes from the price list');
    await page.getByTestId('canned-job-line-linked').waitFor();
    await shot(page, 'store-setup-02-canned-job-1024x768');
    await page.getByTestId('save-resource').click();
    const row = page.getByTestId('canned-jobs-row').filter({ hasText: jobName });
    await row.waitFor();
    assert((await row.textContent()).includes(number), `the list shows the part (${await row.textContent()})`);
  });

  let plate;
  await step('set-up: a vehicle in the archive', async () => {
    ({ plate } = await archivedVehicle('标准作业客户', LAST_MILEAGE));
  });

  const advisor = await openBrowser({ width: 1024, height: 768 });
  ctx.browsers.push(advisor);
  const { page } = advisor;
  await step('the advisor checks the car in up to the jobs step', async () => {
    await login(page, 'advisor');
    await page.getByRole('link', { name: '接车' }).click();
    await startCheckIn(page, plate, '刹车异响，做刹车片');
    await page.getByTestId('to-readings').click();
    await page.getByTestId('readings-form').waitFor();
    await page.getByTestId('odometer').fill(String(LAST_MILEAGE + 3100));
    const tag = `S${randomInt(100000, 999999)}`;
    await page.getByTestId('key-tag').fill(tag);
    await page.getByTestId('key-slot').fill(`S-${tag}`);
    await page.getByTestId('fuel-HALF').click(); // R-CHK-2: fuel starts unset
    await page.getByTestId('save-readings').click();
    await page.getByTestId('jobs-step').waitFor();
  });

  await step('a tap on the canned job adds its part with the catalogue price and the no-warranty disclaimer', async () => {
    const job = page.getByTestId('canned-job').filter({ hasText: jobName });
    await job.waitFor();
    await job.click(); // the one tap
    const line = page.getByTestId('estimate-line').filter({ hasText: '前刹车片（套装）' });
    await line.waitFor();
    const text = await line.textContent();
    assert(text.includes('468.00'), `the estimate line has the catalogue price (${text})`);
    assert(text.includes('不提供质量保证'), 'the estimate line carries the R-CHK-5 disclaimer');
    await shot(page, 'store-setup-03-estimate-1024x768');
  });
}
