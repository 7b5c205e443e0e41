import { beforeAll, describe, expect, it } from 'vitest';
import { casesZh } from '../../admin/src/cases/messages.zh';
import { backOfficeFor } from './support/back-office';

/**
 * The dashboard against the demo county: every card must show what the API itself answers for the
 * same period and township, computed here independently of the screen's own code.
 */
const DAY_MS = 86_400_000;
/** Figures come from a real stack on PGlite sharing two cores: give each poll room, not the default second. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000 });
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
const startOf = (day: string) => new Date(`${day}T00:00:00+08:00`).toISOString();
const grouped = (n: number) => new Intl.NumberFormat('zh-CN').format(n);
const rate = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
const change = (c: number | null) => (c === null ? '—' : `${c > 0 ? '+' : ''}${(c * 100).toFixed(1)}%`);
const yuan = (fen: bigint) =>
  `¥${new Intl.NumberFormat('zh-CN').format(fen / 100n)}.${String(fen % 100n).padStart(2, '0')}`;
const channelZh = (casesZh.enums as { Channel: Record<string, string> }).Channel;

interface Stats {
  total: number;
  repeat: number;
  crossLevel: number;
  closed: number;
  resolutionRate: number | null;
  satisfactionRate: number | null;
  onTimeRate: number | null;
  periodChange: number | null;
  yearOnYearChange: number | null;
  byChannel: { key: string; count: number }[];
  byTownship: { key: string; count: number }[];
}

describe('the dashboard', () => {
  const office = backOfficeFor();
  let leaderToken: string;
  const forbidden: string[] = [];

  beforeAll(async () => {
    leaderToken = await office.stack.login('leader');
    office.page.on('response', async (response) => {
      if (!response.url().endsWith('/graphql')) return;
      if (response.status() >= 400) forbidden.push(`HTTP ${response.status()}`);
      const body = await response.text().catch(() => '');
      if (body.includes('FORBIDDEN')) forbidden.push(body.slice(0, 300));
    });
  });

  async function statistics(from: string, to: string, gridUnitId?: string): Promise<Stats> {
    const res = await office.stack.gql<{ s: Stats }>(
      `query($f: CaseStatisticsFilter!) { s: caseStatistics(filter: $f) {
        total repeat crossLevel closed resolutionRate satisfactionRate onTimeRate periodChange yearOnYearChange
        byChannel { key count } byTownship { key count } } }`,
      { f: { from: startOf(from), to: startOf(addDays(to, 1)), ...(gridUnitId ? { gridUnitId } : {}) } },
      leaderToken,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.s;
  }

  async function reliefNet(from: string, to: string, townshipId?: string): Promise<bigint> {
    const res = await office.stack.gql<{
      r: { byKind: { net: string }[]; byTownship: { township: { id: string } | null; net: string }[] };
    }>(
      'query($from: Date!, $to: Date!) { r: reliefTotals(from: $from, to: $to) { byKind { net } byTownship { township { id } net } } }',
      { from, to },
      leaderToken,
    );
    const rows = townshipId ? res.data!.r.byTownship.filter((t) => t.township?.id === townshipId) : res.data!.r.byKind;
    return rows.reduce((sum, r) => sum + BigInt(r.net), 0n);
  }

  const value = (id: string) => office.page.getByTestId(`kpi-${id}-value`).innerText();

  async function expectCards(stats: Stats, relief: bigint) {
    // The cards keep the previous figures, marked busy, until the new period's arrive.
    await poll(async () => [
      await office.page.getByTestId('kpis').getAttribute('aria-busy'),
      await value('total'),
    ]).toEqual(['false', grouped(stats.total)]);
    expect(await value('resolutionRate')).toBe(rate(stats.resolutionRate));
    expect(await value('onTimeRate')).toBe(rate(stats.onTimeRate));
    expect(await value('satisfactionRate')).toBe(rate(stats.satisfactionRate));
    expect(await value('repeat')).toBe(grouped(stats.repeat));
    expect(await value('crossLevel')).toBe(grouped(stats.crossLevel));
    expect(await office.page.getByTestId('kpi-total-yoy').innerText()).toContain(change(stats.yearOnYearChange));
    expect(await office.page.getByTestId('kpi-total-mom').innerText()).toContain(change(stats.periodChange));
    expect(await value('relief')).toBe(yuan(relief));
  }

  it("lands a leader on the dashboard with the API's own figures and real charts", async () => {
    const { page, stack } = office;
    await office.login('leader');
    await poll(() => page.url()).toMatch(/#\/$/);
    await page.getByTestId('dashboard').waitFor();
    const from = addDays(today, -29);
    const stats = await statistics(from, today);
    expect(stats.total).toBeGreaterThan(0);
    await expectCards(stats, await reliefNet(from, today));

    const board = await stack.gql<{ b: { red: number }[] }>(
      '{ b: deadlineBoard(minimum: RED) { red } }',
      {},
      leaderToken,
    );
    const overdue = board.data!.b.reduce((n, r) => n + r.red, 0);
    expect(overdue).toBeGreaterThan(0);
    expect(await value('overdue')).toBe(grouped(overdue));

    // Bars stacked per channel, with the channels named in Chinese in the legend.
    const channels = page.getByTestId('chart-channels');
    await poll(() => channels.locator('svg .recharts-bar-rectangle path').count()).toBeGreaterThan(10);
    const legend = await channels.locator('.recharts-legend-item-text').allInnerTexts();
    expect(legend.sort()).toEqual(stats.byChannel.map((c) => channelZh[c.key]).sort());
    await poll(() => page.getByTestId('chart-rates').locator('svg .recharts-line-curve').count()).toBe(3);
    await poll(() => page.getByTestId('chart-repeat').locator('svg .recharts-bar-rectangle').count()).toBeGreaterThan(
      0,
    );
    await poll(() =>
      page.getByTestId('chart-categories').locator('svg .recharts-bar-rectangle').count(),
    ).toBeGreaterThan(3);
    await poll(() => page.getByTestId('chart-overdue').locator('svg .recharts-bar-rectangle').count()).toBeGreaterThan(
      0,
    );
    await poll(() => page.getByTestId('chart-relief').locator('svg .recharts-bar-rectangle').count()).toBeGreaterThan(
      0,
    );
    const tiles = page.getByTestId('chart-townships').locator('svg g[role="link"]');
    await poll(() => tiles.count()).toBe(stats.byTownship.filter((t) => t.count > 0).length);

    // The only console error allowed is the browser's own favicon probe (the back office has no icon).
    expect(office.pageErrors.filter((e) => !/Failed to load resource: .* 404/.test(e))).toEqual([]);
    expect(forbidden).toEqual([]);
    await office.checkpoint('dashboard-leader');
  });

  it('follows the period and the township, agreeing with the API each time', async () => {
    const { page } = office;
    await page.getByRole('button', { name: '本年' }).click();
    const yearFrom = `${today.slice(0, 4)}-01-01`;
    await expectCards(await statistics(yearFrom, today), await reliefNet(yearFrom, today));

    // A custom range starts from the last one shown; moving its first day back gives 45 days.
    await page.getByRole('button', { name: '自定义' }).click();
    const customFrom = addDays(today, -44);
    await page.getByTestId('period-from').fill(customFrom);
    await poll(() => page.getByTestId('period-range').innerText()).toContain(customFrom.replace(/-/g, '/'));
    const county = await statistics(customFrom, today);
    await expectCards(county, await reliefNet(customFrom, today));
    await poll(() =>
      page.getByTestId('chart-channels').locator('.recharts-xAxis .recharts-cartesian-axis-tick').count(),
    ).toBeGreaterThan(5);

    const busiest = [...county.byTownship].sort((a, b) => b.count - a.count)[0]!;
    const names = await office.stack.gql<{ g: { name: string } }>(
      'query($id: ID!) { g: gridUnit(id: $id) { name } }',
      { id: busiest.key },
      leaderToken,
    );
    const township = names.data!.g.name;
    await page.getByRole('combobox', { name: '镇街' }).click();
    await page.getByRole('option', { name: township, exact: true }).click();
    const local = await statistics(customFrom, today, busiest.key);
    expect(local.total).toBe(busiest.count);
    await expectCards(local, await reliefNet(customFrom, today, busiest.key));
    await page.getByTestId('chart-relief').getByText(`救助金支出（${township}）`).waitFor();
    await office.checkpoint('dashboard-township');

    // A township's tile opens the cases list filtered to it.
    await page
      .getByTestId('chart-townships')
      .getByRole('link', { name: new RegExp(`^${township}`) })
      .click();
    await poll(() => decodeURIComponent(page.url())).toContain(`#/cases?filter={"gridUnitId":"${busiest.key}"}`);
    await page.goBack();
    await page.getByTestId('dashboard').waitFor();
  });

  /** react-admin's app bar hides while the page is scrolled down. */
  const toTop = () =>
    office.page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));

  it('speaks English when the language is switched in the app bar', async () => {
    const { page } = office;
    await toTop();
    await page.locator('header button[aria-haspopup="true"]', { hasText: '中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByTestId('kpi-total').getByText('Cases received').waitFor();
    await page.getByRole('button', { name: 'Last 30 days' }).waitFor();
    await page.getByText('Cases by township').waitFor();
    const legend = await page.getByTestId('chart-channels').locator('.recharts-legend-item-text').allInnerTexts();
    expect(legend).toContain('Visit');
    expect(legend.join('')).not.toMatch(/[\u4e00-\u9fff]/);
    await office.checkpoint('dashboard-english');
    await toTop();
    await page.locator('header button[aria-haspopup="true"]', { hasText: 'English' }).click();
    await page.getByRole('menuitem', { name: '中文' }).click();
    await page.getByText('受理案件').waitFor();
  });

  /** None of the cards a role may not read is shown, nothing was refused, and the screen is clean. */
  async function expectOnlyAllowed(hidden: string[], screenshot: string) {
    const selector = hidden.map((id) => `[data-testid="${id}"]`).join(', ');
    expect(await office.page.locator(selector).count()).toBe(0);
    expect(forbidden).toEqual([]);
    await office.checkpoint(screenshot);
  }

  /** Signs the current user out and `username` in, with no refusal heard yet. */
  async function signInAs(username: Parameters<typeof office.login>[0]) {
    await toTop();
    await office.signOut();
    forbidden.length = 0;
    await office.login(username);
  }

  it('shows a mediator no statistics and no error, as the API refuses them', async () => {
    const { page, stack } = office;
    await signInAs('mediator');
    await page.getByTestId('dashboard-welcome').waitFor();
    expect(await page.locator('[data-testid^="kpi-"], [data-testid^="chart-"]').count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(forbidden).toEqual([]);
    const refused = await stack.gql(
      '{ caseStatistics(filter: { from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z" }) { total } }',
      {},
      await stack.login('mediator'),
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await office.checkpoint('dashboard-mediator');
  });

  it("shows a handler its own unit's figures, without relief or objections", async () => {
    const { page, stack } = office;
    await signInAs('handler');
    await page.getByText('统计范围：本单位经办的案件').waitFor();
    const from = addDays(today, -29);
    const res = await stack.gql<{ s: { total: number } }>(
      'query($f: CaseStatisticsFilter!) { s: caseStatistics(filter: $f) { total } }',
      { f: { from: startOf(from), to: startOf(addDays(today, 1)) } },
      await stack.login('handler'),
    );
    await poll(() => value('total')).toBe(grouped(res.data!.s.total));
    await page.getByTestId('kpi-overdue').waitFor();
    await expectOnlyAllowed(['kpi-relief', 'chart-relief', 'table-objections'], 'dashboard-handler');
  });

  it('shows a fund officer relief only, without case statistics', async () => {
    const { page } = office;
    await signInAs('fund-officer');
    await page.getByTestId('dashboard').waitFor();
    const from = addDays(today, -29);
    await poll(() => value('relief')).toBe(yuan(await reliefNet(from, today)));
    await poll(() => page.getByTestId('chart-relief').locator('svg .recharts-bar-rectangle').count()).toBeGreaterThan(
      0,
    );
    await expectOnlyAllowed(['kpi-total', 'kpi-overdue', 'chart-channels'], 'dashboard-fund-officer');
  });
});
