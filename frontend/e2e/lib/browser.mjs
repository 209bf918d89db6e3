// Drives Debian's Chromium with playwright-core (no downloaded browser builds here).
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.E2E_BASE_URL || 'http://localhost:5173').replace(/\/+$/, '');
export const TIMEOUT = Number(process.env.E2E_TIMEOUT_MS || 20_000);
export const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/**
 * A browser with a fresh profile (its own --user-data-dir): every flow starts signed out.
 * Every Content-Security-Policy violation on the app's own pages is collected (cspViolations);
 * run.mjs fails a flow that caused one, so each flow also proves the app works under its CSP.
 */
export async function openBrowser({ width = 1024, height = 768 } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'dms-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ARGS,
    viewport: { width, height },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    hasTouch: true,
  });
  const cspViolations = [];
  await context.exposeBinding('__dmsCspViolation', (_source, v) => {
    if (String(v.documentURI).startsWith(BASE_URL)) cspViolations.push(`${v.effectiveDirective} blocked ${v.blockedURI || '(inline)'} on ${v.documentURI}`);
  });
  await context.addInitScript(() => {
    const { document } = globalThis;
    const window = globalThis;
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__dmsCspCount = (window.__dmsCspCount ?? 0) + 1;
      window.__dmsCspViolation({ effectiveDirective: e.effectiveDirective, blockedURI: e.blockedURI, documentURI: e.documentURI });
    });
  });
  context.setDefaultTimeout(TIMEOUT);
  context.setDefaultNavigationTimeout(TIMEOUT * 2);
  const page = context.pages()[0] ?? (await context.newPage());
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  return {
    page,
    problems,
    cspViolations,
    /** The violations so far, forgotten: for a flow that provokes some on purpose. */
    takeCspViolations() {
      return cspViolations.splice(0);
    },
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function shot(page, name) {
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** Signs in through the real Keycloak login page and waits for the app shell. */
export async function login(page, username, password = 'demo') {
  await page.goto(BASE_URL + '/');
  await page.locator('#username').waitFor({ timeout: TIMEOUT * 2 });
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.click('#kc-login');
  await page.waitForURL((url) => url.href.startsWith(BASE_URL), { timeout: TIMEOUT * 2 });
  await page.getByTestId('user-name').waitFor();
}

/** Logs out and checks that Keycloak asks for a password again. */
export async function logout(page) {
  await page.getByTestId('logout').click();
  await page.locator('#username').waitFor({ timeout: TIMEOUT * 2 });
}

/** The customer signs on the tablet: a signature-like zigzag across the canvas with real mouse moves. */
export async function drawSignature(page) {
  await page.getByTestId('sign').scrollIntoViewIfNeeded();
  const box = await page.getByTestId('signature-canvas').boundingBox();
  assert(box, 'signature canvas is visible');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 40, y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(box.x + 40 + i * 30, y + (i % 2 ? -40 : 40), { steps: 4 });
  await page.mouse.up();
}

export function assert(condition, message) {
  if (!condition) throw new Error(`assertion failed: ${message}`);
}
