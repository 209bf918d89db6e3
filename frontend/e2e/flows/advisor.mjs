// Advisor: sign in, register a customer and a vehicle, find the vehicle by its plate, log out.
import { BASE_URL, assert, login, logout, openBrowser, shot } from '../lib/browser.mjs';
import { uniqueMobile, uniquePlate, uniqueVin } from '../lib/data.mjs';

export const name = 'advisor creates a customer and a vehicle and finds it by plate';

export async function run(ctx, step) {
  const browser = await openBrowser({ width: 1024, height: 768 });
  const { page } = browser;
  ctx.browsers.push(browser);
  const plate = uniquePlate();
  const vin = uniqueVin();
  const phone = uniqueMobile();
  const customerName = `测试客户${plate.slice(2)}`;

  await step('sign in as advisor through Keycloak', async () => {
    await login(page, 'advisor');
    await page.getByRole('heading', { name: '客户档案' }).waitFor();
    await page.getByTestId('archive-search').waitFor();
    await shot(page, 'advisor-01-archive-1024x768');
  });

  await step('create a customer', async () => {
    await page.getByTestId('new-customer').first().click();
    await page.waitForURL(`${BASE_URL}/customers/new`);
    await page.getByLabel('姓名').fill(customerName);
    await page.getByLabel('电话 1').fill(phone);
    await page.getByLabel('地址').fill('北京市朝阳区建国路88号');
    await shot(page, 'advisor-02-new-customer');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/customers\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: customerName }).waitFor();
    await page.getByText('该客户名下暂无车辆').waitFor();
    await shot(page, 'advisor-03-customer-detail');
  });

  await step(`add vehicle ${plate} (VIN ${vin}) to the customer`, async () => {
    await page.getByTestId('add-vehicle').first().click();
    await page.waitForURL(/\/vehicles\/new$/);
    // Typed in lower case: the plate input upper-cases as you type.
    await page.getByLabel('车牌号').fill(plate.toLowerCase());
    assert((await page.getByLabel('车牌号').inputValue()) === plate, 'plate is upper-cased while typing');
    await page.getByLabel('VIN（车架号）').fill(vin);
    await page.getByLabel('品牌').fill('大众');
    await page.getByLabel('车型').fill('帕萨特 330TSI');
    await page.getByLabel('保养间隔（公里）').fill('10000');
    await page.getByLabel('保养间隔（月）').fill('6');
    await shot(page, 'advisor-04-new-vehicle');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/vehicles\/[0-9a-f-]{36}$/);
    await page.getByTestId('vehicle-plate').filter({ hasText: plate }).waitFor();
    await page.getByTestId('vehicle-owner').filter({ hasText: customerName }).waitFor();
    await page.getByText('暂无维修记录').waitFor();
    await shot(page, 'advisor-05-vehicle-detail');
  });

  await step('find the vehicle by its plate on the archive screen', async () => {
    await page.getByRole('navigation').getByRole('link', { name: '客户档案' }).click();
    await page.waitForURL(`${BASE_URL}/`);
    await page.getByTestId('archive-search').fill(plate);
    const card = page.getByTestId('vehicle-card').filter({ hasText: plate });
    await card.waitFor();
    const text = await card.innerText();
    assert(text.includes(customerName) && text.includes(phone), 'card shows owner and phone');
    await shot(page, 'advisor-06-search-by-plate');
  });

  await step('portrait tablet (768x1024) layout', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await shot(page, 'advisor-07-search-768x1024');
    await page.getByTestId('vehicle-card').filter({ hasText: plate }).click();
    await page.getByTestId('vehicle-plate').waitFor();
    await shot(page, 'advisor-08-vehicle-768x1024');
    await page.setViewportSize({ width: 1024, height: 768 });
  });

  await step('log out', async () => {
    await logout(page);
    await shot(page, 'advisor-09-logged-out');
  });

  ctx.created = { plate, vin, customerName };
  await browser.close();
}
