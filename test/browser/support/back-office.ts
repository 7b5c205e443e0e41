import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveAdmin } from '@onedoor/gateway';
import type { Clock } from '@onedoor/subgraph-kit';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startTestStack, type TestStack } from '../../support/stack';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';

/** Where each browser test leaves a screenshot for a person to look at (ignored by git). */
export const ARTIFACTS = join(import.meta.dirname, '..', '..', 'artifacts');

export interface CleanOptions {
  /** Also no uncaught or console error, but for resources the browser failed to load (its favicon probe). */
  pageErrors?: boolean;
}

export interface BackOffice {
  stack: TestStack;
  page: Page;
  /** The back office's address of a screen: `screen('/cases')` → `http://127.0.0.1:<port>/admin/#/cases`. */
  screen: (path?: string) => string;
  /** Signs a demo account in through the login page (signing out whoever was in), waits for the app, gives the page. */
  login: (username: string, password?: string) => Promise<Page>;
  /** The side menu (open or collapsed). */
  menu: () => Locator;
  /** Signs out through the app bar's user menu and waits for the login page. */
  signOut: () => Promise<void>;
  /** Asserts the screen asked for no missing translation and shows no raw id (and, if asked, no page error). */
  expectClean: (options?: CleanOptions) => Promise<void>;
  /** `expectClean`, then the screenshot `name` of the screen as it stands. */
  checkpoint: (name: string, options?: CleanOptions) => Promise<void>;
  /** A token of a demo account for the API, signed in once per file. */
  tokenFor: (username: string) => Promise<string>;
  /** Saves a full-page screenshot as test/artifacts/<name>.png. */
  screenshot: (name: string) => Promise<string>;
  /** Translation keys the screens asked for and did not find (should stay empty). */
  missingTranslations: () => Promise<string[]>;
  /** UUIDs visible on the page: a screen shows names, so this should stay empty. */
  visibleIds: () => Promise<string[]>;
  /** Uncaught errors and console errors of the page so far. */
  pageErrors: string[];
  /** Requests the page made anywhere but the gateway (telemetry, CDNs): should stay empty. */
  externalRequests: string[];
  close: () => Promise<void>;
}

/**
 * The real system for one browser test file: demo county on a fresh database, the subgraphs and
 * the gateway serving the built back office, and Debian's Chromium (zh-CN, Beijing time) driving it.
 */
export async function openBackOffice(options: { clock?: Clock; now?: Date } = {}): Promise<BackOffice> {
  const stack = await startTestStack({ ...options, routes: serveAdmin() });
  const base = stack.gatewayUrl.replace(/\/graphql$/, '');
  const profile = mkdtempSync(join(tmpdir(), 'onedoor-chromium-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 1440, height: 900 },
    });
  } catch (error) {
    await stack.stop();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(20_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  const externalRequests: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== base) externalRequests.push(r.url());
  });
  mkdirSync(ARTIFACTS, { recursive: true });

  const screen = (path = '/') => `${base}/admin/#${path}`;
  const tokens = new Map<string, Promise<string>>();
  const office: BackOffice = {
    stack,
    page,
    screen,
    pageErrors,
    externalRequests,
    async login(username, password = 'onedoor-demo') {
      // A fresh start of the app without the previous account's session: forget it on a page of the
      // same origin that is not the app (the app would react to it), then load the login form.
      await page.goto(`${base}/admin/favicon.svg`);
      await page.evaluate(() =>
        (globalThis as unknown as { sessionStorage: { clear(): void } }).sessionStorage.clear(),
      );
      await page.goto(screen('/login'));
      await page.locator('input[name="username"]').fill(username);
      await page.locator('input[name="password"]').fill(password);
      await page.locator('button[type="submit"]').click();
      await page.waitForURL((url) => !url.hash.startsWith('#/login'));
      return page;
    },
    menu() {
      return page.locator('.RaMenu-open, .RaMenu-closed').first();
    },
    async signOut() {
      await page.getByRole('button', { name: '个人中心' }).click();
      const reloaded = page.waitForEvent('load'); // signing out loads the page afresh at the login form
      await page.getByRole('menuitem', { name: '退出登录' }).click();
      await reloaded;
      await page.waitForURL((url) => url.hash.startsWith('#/login'));
    },
    async checkpoint(name, options) {
      await office.expectClean(options);
      await office.screenshot(name);
    },
    tokenFor(username) {
      const token = tokens.get(username) ?? stack.login(username);
      tokens.set(username, token);
      return token;
    },
    async screenshot(name) {
      const file = join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async missingTranslations() {
      return page.evaluate(() => [
        ...new Set((globalThis as { __onedoorMissingTranslations?: string[] }).__onedoorMissingTranslations ?? []),
      ]);
    },
    async expectClean(options = {}) {
      expect(await office.missingTranslations()).toEqual([]);
      expect(await office.visibleIds()).toEqual([]);
      if (options.pageErrors) expect(pageErrors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
    },
    async visibleIds() {
      const text = await page.locator('body').innerText();
      return text.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi) ?? [];
    },
    async close() {
      await context?.close();
      await stack.stop();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return office;
}

/**
 * The back office for the tests of one `describe`: opened before them, closed after them. The object
 * returned stands for the one opened, so read it inside tests and hooks (not while declaring them).
 */
export function backOfficeFor(options: { clock?: Clock; now?: Date } = {}): BackOffice {
  let opened: BackOffice | undefined;
  beforeAll(async () => {
    opened = await openBackOffice(options);
  });
  afterAll(async () => {
    await opened?.close();
  });
  return new Proxy({} as BackOffice, {
    get(_, key: keyof BackOffice) {
      if (!opened) throw new Error('The back office opens in beforeAll: use it inside tests and hooks.');
      return opened[key];
    },
  });
}
