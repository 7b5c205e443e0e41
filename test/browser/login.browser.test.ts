import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BackOffice, openBackOffice } from './support/back-office';

describe('signing in to the back office', () => {
  let office: BackOffice;
  beforeAll(async () => {
    office = await openBackOffice();
  });
  afterAll(async () => {
    await office?.close();
  });

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

  it('lets a demo account in and signs it out again', async () => {
    const { page } = office;
    await office.login('staff');
    await page.getByRole('menuitem', { name: '案件' }).waitFor();
    await office.screenshot('signed-in');
    await page.getByRole('button', { name: '个人中心' }).click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.waitForURL((url) => url.hash.startsWith('#/login'));
    expect(await office.missingTranslations()).toEqual([]);
  });

  it('sends nothing anywhere but the gateway (no telemetry, no CDN)', () => {
    expect(office.pageErrors).toEqual([]);
    expect(office.externalRequests).toEqual([]);
  });
});
