import { describe, expect, it } from 'vitest';
import { backOfficeFor } from './support/back-office';

type Store = {
  sessionStorage: { getItem(k: string): string | null; setItem(k: string, v: string): void; clear(): void };
};

describe('signing in to the back office', () => {
  const office = backOfficeFor();

  it('shows the Chinese login page and refuses a wrong password', async () => {
    const { page } = office;
    await page.goto(office.screen('/'));
    await expect.poll(() => page.url()).toContain('#/login');
    await page.getByText('OneDoor 矛盾纠纷一站式调处中心').waitFor();
    await page.locator('input[name="username"]').fill('staff');
    await page.locator('input[name="password"]').fill('wrong-password');
    await page.locator('button[type="submit"]').click();
    await page.getByText('用户名或密码错误').waitFor();
    await office.screenshot('login-refused');
  });

  it('takes a deep link without a session to the login form and, after signing in, to the screen asked for', async () => {
    const { page } = office;
    await page.goto(office.screen('/login'));
    await page.evaluate(() => (globalThis as unknown as Store).sessionStorage.clear());
    const navigations: string[] = [];
    const count = (frame: { url(): string; parentFrame(): unknown }) => {
      if (!frame.parentFrame()) navigations.push(frame.url());
    };
    page.on('framenavigated', count);
    try {
      await page.goto(office.screen('/cases/intake'));
      await page.locator('input[name="username"]').waitFor();
      expect(new URL(page.url()).hash).toBe('#/login');
      await page.locator('input[name="username"]').fill('staff');
      await page.locator('input[name="password"]').fill('onedoor-demo');
      await page.locator('button[type="submit"]').click();
      await page.waitForURL((url) => url.hash === '#/cases/intake');
      await page.getByRole('heading', { name: '案件登记' }).first().waitFor();
    } finally {
      page.off('framenavigated', count);
    }
    // The page load, the step to the form, the router settling its history entries there, the step back
    // to the screen: a handful (react-admin looped through thousands of redirects when it found no session).
    expect(navigations.length, navigations.join('\n')).toBeLessThanOrEqual(8);
  });

  it('lets a demo account in and signs it out again', async () => {
    const page = await office.login('staff');
    await page.getByRole('menuitem', { name: '案件' }).waitFor();
    await office.screenshot('signed-in');
    await office.signOut();
    expect(await office.missingTranslations()).toEqual([]);
  });

  it('sends nothing anywhere but the gateway (no telemetry, no CDN)', () => {
    expect(office.pageErrors).toEqual([]);
    expect(office.externalRequests).toEqual([]);
  });

  /** Changes the session the browser keeps, as an expiry or a tampering would. */
  const changeSession = (change: { expiresAt?: string; tokenSuffix?: string }) =>
    office.page.evaluate((c) => {
      const store = (globalThis as unknown as Store).sessionStorage;
      const session = JSON.parse(store.getItem('onedoor.session')!) as { token: string; expiresAt: string };
      const token = session.token + (c.tokenSuffix ?? '');
      store.setItem(
        'onedoor.session',
        JSON.stringify({ ...session, token, expiresAt: c.expiresAt ?? session.expiresAt }),
      );
    }, change);

  it('signs the user out when the session has expired or the API no longer accepts the token', async () => {
    const { page } = office;
    await office.login('staff');
    // The clock ran past the token's expiry: the next screen asks for a new sign-in.
    await changeSession({ expiresAt: '2000-01-01T00:00:00Z' });
    // Signing out reloads the page at the login form, so nothing of the last user stays in memory.
    let reloaded = page.waitForEvent('load');
    await page.goto(office.screen('/cases'));
    await reloaded;
    await page.waitForURL((url) => url.hash.startsWith('#/login'));

    // A token the gateway refuses (revoked secret, tampering): the first API answer signs the user out.
    await office.login('staff');
    await changeSession({ tokenSuffix: 'x' });
    reloaded = page.waitForEvent('load');
    await page.goto(office.screen('/cases'));
    await reloaded;
    await page.waitForURL((url) => url.hash.startsWith('#/login'));
    await page.locator('input[name="username"]').waitFor();
    expect(
      await page.evaluate(() => (globalThis as unknown as Store).sessionStorage.getItem('onedoor.session')),
    ).toBeNull();
    await office.screenshot('login-expired');
  });
});
