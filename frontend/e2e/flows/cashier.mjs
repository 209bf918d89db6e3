// Cashier: may read the archive but not create: no create button, the create route says so.
import { BASE_URL, assert, login, logout, openBrowser, shot } from '../lib/browser.mjs';

export const name = 'cashier sees the archive but cannot create';

export async function run(ctx, step) {
  const browser = await openBrowser({ width: 1024, height: 768 });
  const { page } = browser;
  ctx.browsers.push(browser);

  await step('sign in as cashier through Keycloak', async () => {
    await login(page, 'cashier');
    await page.getByRole('heading', { name: '客户档案' }).waitFor();
    await page.getByTestId('archive-search').waitFor();
    assert((await page.getByTestId('user-roles').innerText()).includes('结算员'), 'role shown in the header');
    assert((await page.getByTestId('new-customer').count()) === 0, 'no "new customer" button');
    await shot(page, 'cashier-01-archive');
  });

  if (ctx.created?.plate) {
    const { plate } = ctx.created;
    await step(`find ${plate}: read-only, no edit or transfer`, async () => {
      await page.getByTestId('archive-search').fill(plate);
      const card = page.getByTestId('vehicle-card').filter({ hasText: plate });
      await card.waitFor();
      await card.click();
      await page.getByTestId('vehicle-plate').waitFor();
      assert((await page.getByTestId('edit-vehicle').count()) === 0, 'no edit button');
      assert((await page.getByTestId('transfer-ownership').count()) === 0, 'no transfer button');
      await shot(page, 'cashier-02-vehicle-read-only');
    });
  }

  await step('search without results offers no "new customer"', async () => {
    await page.goto(`${BASE_URL}/?q=${encodeURIComponent('无此客户ZZZ')}`);
    await page.getByText('没有找到匹配的车辆或客户').waitFor();
    assert((await page.getByTestId('new-customer').count()) === 0, 'no "new customer" in the empty state');
  });

  await step('the create route answers "no permission"', async () => {
    await page.goto(`${BASE_URL}/customers/new`);
    await page.getByText('无权限').waitFor();
    assert((await page.getByRole('button', { name: '保存' }).count()) === 0, 'no form');
    await shot(page, 'cashier-03-no-permission');
  });

  await step('log out', async () => {
    await logout(page);
  });
  await browser.close();
}
