import type { Page, Response } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { backOfficeFor } from './support/back-office';

/**
 * Every screen a demo role reaches from its menu, walked as a clerk would: each menu entry, its list, the
 * first row's page and each of its tabs, and the list's create form. One stack and one browser for all
 * roles. A screen fails on the error page, an uncaught or console error, a failed request (HTTP or GraphQL
 * errors), a translation key shown raw, or English words in the screen's own text in Chinese mode.
 */
const ROLES = [
  'admin',
  'staff',
  'leader',
  'handler',
  'mediator',
  'partner',
  'fund-officer',
  'fund-approver',
  'auditor',
];

/** Latin words a Chinese screen may show: the product's name and file formats. */
const LATIN_ALLOWED = new Set(['OneDoor', 'CSV', 'PDF', 'ICS', 'API', 'Excel']);
/** The screen's own words (not data): headings, column heads, labels, buttons, tabs, menu, helper texts. */
const CHROME =
  'h1, h2, h3, h4, h5, h6, th, label, button, [role="tab"], [role="menuitem"], legend, .MuiFormHelperText-root, .MuiAlert-message, .RaEmpty-message';

/** A DOM element, as far as this file needs one (the tests compile without the DOM library). */
interface Marked {
  setAttribute(name: string, value: string): void;
}

interface Finding {
  screen: string;
  problem: string;
}

describe('every screen of every demo role opens clean', () => {
  const office = backOfficeFor();
  const findings: Finding[] = [];
  const failedRequests: string[] = [];
  let pending = 0;

  beforeAll(() => {
    const { page } = office;
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql')) pending += 1;
    });
    const done = () => {
      pending = Math.max(0, pending - 1);
    };
    page.on('requestfailed', (r) => {
      if (r.url().endsWith('/graphql')) {
        done();
        failedRequests.push(`${r.url()}: ${r.failure()?.errorText ?? 'failed'}`);
      }
    });
    page.on('requestfinished', (r) => {
      if (r.url().endsWith('/graphql')) done();
    });
    page.on('response', (response: Response) => {
      if (!response.url().endsWith('/graphql')) return;
      void response
        .json()
        .then((body: { errors?: { message: string; extensions?: { code?: string } }[] }) => {
          for (const e of body.errors ?? []) failedRequests.push(`${e.extensions?.code ?? 'ERROR'}: ${e.message}`);
        })
        .catch(() => {
          if (response.status() >= 400) failedRequests.push(`HTTP ${response.status()}`);
        });
    });
  });

  /** Waits until the screen has asked for and received everything it wanted, and shows no progress bar. */
  async function settle(page: Page) {
    await expect
      .poll(async () => pending === 0 && (await page.locator('.MuiLinearProgress-root, .RaLoading').count()) === 0, {
        timeout: 20_000,
      })
      .toBe(true);
  }

  /** Checks the screen as it stands and records what is wrong with it. */
  async function inspect(screen: string) {
    const { page } = office;
    await settle(page);
    const problems: string[] = [];
    if ((await page.getByText('出错了', { exact: true }).count()) > 0) problems.push('the error page');
    const errors = office.pageErrors.splice(0).filter((e) => !e.includes('Failed to load resource'));
    problems.push(...errors.map((e) => `console: ${e.slice(0, 200)}`));
    problems.push(...failedRequests.splice(0).map((e) => `request: ${e.slice(0, 200)}`));
    const missing = await office.missingTranslations();
    if (missing.length) problems.push(`missing translations: ${missing.join(', ')}`);
    await page.evaluate(() => {
      (globalThis as { __onedoorMissingTranslations?: string[] }).__onedoorMissingTranslations = [];
    });
    const texts = await page.locator(CHROME).allInnerTexts();
    const latin = [...new Set(texts.flatMap((t) => t.match(/[A-Za-z][A-Za-z._]{2,}/g) ?? []))].filter(
      (w) => !LATIN_ALLOWED.has(w),
    );
    if (latin.length) problems.push(`English in Chinese mode: ${latin.join(', ')}`);
    findings.push(...problems.map((problem) => ({ screen, problem })));
  }

  /** Each tab of the page in turn. */
  async function inspectTabs(screen: string) {
    const tabs = office.page.locator('#main-content [role="tab"]');
    const count = await tabs.count();
    for (let i = 1; i < count; i += 1) {
      const tab = tabs.nth(i);
      const name = await tab.innerText();
      await tab.click();
      await inspect(`${screen} › ${name}`);
    }
  }

  /**
   * Does what leads to another screen and waits until that screen has replaced the one shown (react-router
   * keeps the old screen on view while the new one renders, so the address alone says too little).
   */
  async function toScreen(go: () => Promise<void>) {
    const { page } = office;
    const shown = page.locator('#main-content > *').first();
    if ((await shown.count()) > 0)
      await shown.evaluate((el: unknown) => (el as Marked).setAttribute('data-crawl-left', ''));
    await go();
    await page.locator('[data-crawl-left]').waitFor({ state: 'detached' });
  }

  const hashPath = (url: string) => new URL(url).hash.split('?')[0];

  /** Opens a menu entry from the side menu, unless it is the screen shown. */
  async function openEntry(href: string) {
    const { page } = office;
    const target = href.replace(/^[^#]*/, '');
    if (hashPath(page.url()) === target) return;
    await toScreen(() => office.menu().locator(`a[role="menuitem"][href="${href}"]`).click());
  }

  /** One menu entry: its screen and tabs, the first row's page and tabs, and the create form. */
  async function walk(href: string, screen: string) {
    const { page } = office;
    await openEntry(href);
    await inspect(screen);
    await inspectTabs(screen);

    const row = page.locator('#main-content tr.RaDatagrid-clickableRow').first();
    if ((await row.count()) > 0) {
      if ((await page.locator('#main-content .RaDatagrid-expandIconCell').count()) > 0) {
        // The row unfolds its details in place (rowClick="expand").
        await row.click();
        await page.locator('#main-content .RaDatagrid-expandedPanel').first().waitFor();
        await inspect(`${screen} › first row`);
      } else {
        await toScreen(() => row.click());
        await inspect(`${screen} › first row`);
        await inspectTabs(`${screen} › first row`);
        // Back to the list from the menu, as a clerk goes back (a page's tabs are steps of the history too).
        await openEntry(href);
      }
    }

    const create = page.locator('#main-content').getByRole('link', { name: '新建', exact: true }).first();
    if ((await create.count()) > 0) {
      await toScreen(() => create.click());
      await inspect(`${screen} › create`);
    }
  }

  it.each(ROLES)(
    'for %s',
    async (role) => {
      const { page } = office;
      findings.length = 0;
      await office.login(role);
      await inspect(`${role}: dashboard`);
      const links = office.menu().locator('a[role="menuitem"]');
      const entries: { href: string; name: string }[] = [];
      for (let i = 0; i < (await links.count()); i += 1) {
        const link = links.nth(i);
        entries.push({ href: (await link.getAttribute('href')) ?? '', name: (await link.innerText()).trim() });
      }
      expect(entries.length).toBeGreaterThan(1);
      for (const entry of entries) {
        const screen = `${role}: ${entry.name}`;
        try {
          await walk(entry.href, screen);
        } catch (error) {
          const shot = await office.screenshot(`crawl-${role}-${entries.indexOf(entry)}`);
          const message = String(error).split('\n').slice(0, 3).join(' ');
          findings.push({ screen, problem: `could not be walked (${shot}): ${message}` });
          await page.goto(office.screen('/'));
        }
      }
      expect(findings.map((f) => `${f.screen}: ${f.problem}`)).toEqual([]);
    },
    300_000,
  ); // a role walks up to thirty screens
});
