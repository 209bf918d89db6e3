// Security headers (issue 15): the SPA is served with a Content-Security-Policy that allows only
// its own origin, the API and Keycloak, never to be framed, with nosniff and a same-origin referrer
// policy; the app signs in and works under it (run.mjs fails any flow that violates it), an
// injected inline script does not run and a page that frames the app gets nothing.
import { BASE_URL, assert, login, openBrowser } from '../lib/browser.mjs';
import { KEYCLOAK_URL } from '../lib/api.mjs';

export const name = 'the app is served with security headers and works under its CSP';

function directives(csp) {
  return Object.fromEntries(
    csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v]),
  );
}

export async function run(ctx, step) {
  await step('the app document and a deep link carry the security headers', async () => {
    const keycloak = new URL(KEYCLOAK_URL).origin;
    for (const path of ['/', '/customers']) {
      const res = await fetch(BASE_URL + path);
      assert(res.ok, `${path}: HTTP ${res.status}`);
      const csp = res.headers.get('content-security-policy');
      assert(csp, `${path}: no Content-Security-Policy`);
      const d = directives(csp);
      assert(d['frame-ancestors']?.join(' ') === "'none'", `frame-ancestors 'none': ${csp}`);
      assert(d['default-src']?.join(' ') === "'self'", `default-src 'self': ${csp}`);
      assert(d['script-src']?.join(' ') === "'self'", `scripts only from the app's origin: ${csp}`);
      assert(d['object-src']?.join(' ') === "'none'", `no plugins: ${csp}`);
      const connect = d['connect-src'] ?? [];
      assert(connect.includes("'self'") && connect.includes(keycloak) && connect.every((s) => s === "'self'" || s.startsWith('http')),
        `connect-src: the app, the API and Keycloak only: ${csp}`);
      assert(res.headers.get('x-content-type-options') === 'nosniff', 'X-Content-Type-Options: nosniff');
      assert(res.headers.get('referrer-policy') === 'same-origin', `Referrer-Policy: ${res.headers.get('referrer-policy')}`);
    }
  });

  const browser = await openBrowser({ width: 1024, height: 768 });
  const { page } = browser;
  ctx.browsers.push(browser);

  await step('sign in through Keycloak and use the archive under the CSP', async () => {
    await login(page, 'advisor');
    await page.getByRole('heading', { name: '客户档案' }).waitFor();
    await page.getByTestId('archive-search').fill('京A');
    await page.getByTestId('archive-search').press('Enter');
    await page.getByRole('heading', { name: '客户档案' }).waitFor();
    assert(browser.cspViolations.length === 0, `no violations while working: ${browser.cspViolations.join('; ')}`);
  });

  await step('an injected inline script does not run', async () => {
    const ran = await page.evaluate(() => {
      const s = globalThis.document.createElement('script');
      s.textContent = 'window.__injected = true;';
      globalThis.document.head.appendChild(s);
      return globalThis.__injected === true;
    });
    assert(!ran, 'an inline script ran despite the CSP');
    // The browser reports the violation asynchronously; the evaluate after it lets the report reach us.
    await page.waitForFunction(() => (globalThis.__dmsCspCount ?? 0) > 0);
    await page.evaluate(() => 0);
    const blocked = browser.takeCspViolations();
    assert(blocked.some((v) => v.startsWith('script-src')), `the browser reported the blocked script: ${blocked.join('; ')}`);
  });

  await step('a page that frames the app is refused', async () => {
    // Chromium shows its error page in a frame whose ancestors the app's frame-ancestors 'none' refuses.
    const refused = page.waitForEvent('framenavigated', {
      predicate: (f) => f !== page.mainFrame() && f.url().startsWith('chrome-error:'),
    });
    await page.goto('about:blank');
    await page.setContent(`<iframe src="${BASE_URL}/" width="400" height="300"></iframe>`);
    const frame = await refused;
    assert((await frame.locator('#root').count()) === 0, 'the app rendered inside a frame');
  });
}
