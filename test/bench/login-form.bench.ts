import { buildAdminIfStale, serveAdmin } from '@onedoor/gateway';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS, ensureChromium } from '../browser/support/chromium';
import { startTestStack, type TestStack } from '../support/stack';

/**
 * How long a visitor without a session waits for the login form: the back office's address, and a deep
 * link to a screen. Each round opens a fresh browser page (no session, nothing cached in memory) and stops
 * the clock when the username field shows. Before the gate of admin/src/auth/gate.ts this took 12-16 s
 * and about 2,000 redirects on this machine; the browser tests count navigations, this measures time.
 */
let stack: TestStack;
let browser: Browser;
let base: string;

async function untilLoginForm(path: string): Promise<void> {
  const page = await browser.newPage();
  try {
    await page.goto(`${base}/admin/${path}`);
    await page.locator('input[name="username"]').waitFor({ timeout: 60_000 });
  } finally {
    await page.close();
  }
}

// Top-level hooks: vitest's benchmark runner runs these (a describe's own hooks it does not).
beforeAll(async () => {
  ensureChromium();
  buildAdminIfStale();
  stack = await startTestStack({ routes: serveAdmin() });
  base = stack.gatewayUrl.replace(/\/graphql$/, '');
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('the login form without a session', () => {
  bench('/admin/', () => untilLoginForm(''), { iterations: 5, warmupIterations: 1 });
  bench('/admin/#/cases/intake (a deep link)', () => untilLoginForm('#/cases/intake'), {
    iterations: 5,
    warmupIterations: 1,
  });
});
