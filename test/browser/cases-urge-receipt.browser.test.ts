import { beforeAll, describe, expect, it } from 'vitest';
import { backOfficeFor } from './support/back-office';

interface Named {
  id: string;
  name: string;
}
/** The page's own `getComputedStyle`, inside `evaluate` (the tests compile without the DOM's types). */
interface Styled {
  getComputedStyle(element: unknown): { visibility: string };
}
interface BoardCase {
  id: string;
  number: string;
  clock: { daysLeft: number };
}

/**
 * The counter and the supervisor: a case registered at intake gets its receipt (受理回执) with the tracking
 * code, and an overdue case is urged on (催办) from the deadline board and from the case page.
 */
describe('the receipt at the counter and urging from the deadline board', () => {
  const office = backOfficeFor();
  let adminToken: string;

  beforeAll(async () => {
    adminToken = await office.stack.login('admin');
  });

  async function api<T>(query: string, variables: Record<string, unknown> = {}, token = adminToken): Promise<T> {
    const res = await office.stack.gql<T>(query, variables, token);
    expect(res.errors).toBeUndefined();
    return res.data!;
  }

  it('registers a case at intake, offers the receipt, and the receipt opens with the tracking code', async () => {
    const { page } = office;
    const lookups = await api<{
      categories: (Named & { children: Named[] })[];
      persons: { nodes: (Named & { phone: string | null })[] };
      gridUnits: { nodes: Named[] };
      organisations: { nodes: Named[] };
    }>(`{ categories { id name children { id name } } persons(first: 50) { nodes { id name phone } }
          gridUnits(filter: { level: TOWNSHIP }, first: 1) { nodes { id name } }
          organisations(first: 1, filter: { kind: PETITION_OFFICE }) { nodes { id name } } }`);
    const parent = lookups.categories.find((c) => c.children.length > 0)!;
    const petitioner = lookups.persons.nodes.find((p) => p.phone)!;
    const township = lookups.gridUnits.nodes[0]!;

    await office.login('staff');
    await page.goto(office.screen('/cases/intake'));
    await page.getByRole('heading', { name: '案件登记' }).first().waitFor();
    await page.getByLabel('查找已登记人员（姓名、手机号或身份证号）').fill(petitioner.phone!);
    await page.getByRole('button', { name: '查找' }).click();
    await page.getByRole('button', { name: `选用 ${petitioner.name}` }).click();
    await page.locator('input[name="contactPhone"]').fill(petitioner.phone!);
    await page.getByRole('combobox', { name: '事项大类' }).click();
    await page.getByRole('option', { name: parent.name, exact: true }).click();
    await page.getByRole('combobox', { name: '事项小类' }).click();
    await page.getByRole('option', { name: parent.children[0]!.name, exact: true }).click();
    await page.locator('input[name="title"]').fill('工地拖欠工资');
    await page.locator('textarea[name="description"]').fill('在县城某工地务工三个月，工资至今未结。');
    await page.getByRole('button', { name: '选择发生地' }).click();
    await page.getByRole('button', { name: `选择 ${township.name}`, exact: true }).click();
    await page.getByRole('button', { name: '登记', exact: true }).click();

    // Intake's success view: the new case's page, its tracking code in view, the receipt offered.
    await page.waitForURL((url) => /^#\/cases\/[0-9a-f-]{36}\/show$/.test(url.hash));
    const id = /#\/cases\/([0-9a-f-]{36})\/show/.exec(page.url())![1]!;
    const { case: registered } = await api<{ case: { number: string; trackingCode: string } }>(
      'query($id: ID!) { case(id: $id) { number trackingCode } }',
      { id },
    );
    const notice = page.getByTestId('case-registered');
    await notice.getByText(`案件 ${registered.number} 登记完成，查询码 ${registered.trackingCode}`).waitFor();
    expect(await page.getByTestId('tracking-code').innerText()).toBe(registered.trackingCode);
    await office.checkpoint('cases-registered-receipt-offered');

    await notice.getByRole('link', { name: '打印回执' }).click();
    await page.waitForURL((url) => url.hash === `#/cases/${id}/receipt`);
    const receipt = page.getByTestId('case-receipt');
    await receipt.getByTestId('receipt-tracking-code').filter({ hasText: registered.trackingCode }).waitFor();
    expect(await receipt.innerText()).toContain(registered.number);
    expect(await receipt.getByTestId('receipt-office').innerText()).toBe(lookups.organisations.nodes[0]!.name);
    // The limits come from the case rules in force: 15 days to register and transfer, 15 to decide on acceptance.
    const rules = await api<{ caseRules: { registerDays: number; acceptDays: number } }>(
      '{ caseRules { registerDays acceptDays } }',
    );
    const text = await receipt.innerText();
    expect(text).toContain(`自收到之日起 ${rules.caseRules.registerDays} 日内登记`);
    expect(text).toContain(`${rules.caseRules.acceptDays} 日内决定是否受理`);
    expect(text).toContain(`凭查询码 ${registered.trackingCode}`);
    await office.checkpoint('cases-receipt', { pageErrors: true });

    // On paper only the receipt shows.
    await page.emulateMedia({ media: 'print' });
    const visibility = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => (globalThis as unknown as Styled).getComputedStyle(el).visibility);
    expect(await visibility('[data-testid="case-receipt"]')).toBe('visible');
    expect(await visibility('.RaMenu-open, .RaMenu-closed')).toBe('hidden');
    expect(await visibility('[data-testid="receipt-print"]')).toBe('hidden');
    await page.emulateMedia({ media: 'screen' });
  });

  it('urges the most overdue case from the board and on its page, and the timeline shows each note and who urged', async () => {
    const { page } = office;
    const leader = await office.tokenFor('leader');
    const me = await api<{ me: { person: { name: string } } }>('{ me { person { name } } }', {}, leader);
    const board = await api<{ deadlineBoard: { cases: BoardCase[] }[] }>(
      `{ deadlineBoard(minimum: RED, orderBy: { field: DAYS_LEFT, direction: ASC }) {
          cases { id number clock { daysLeft } } } }`,
      {},
      leader,
    );
    const worst = board.deadlineBoard[0]!.cases[0]!;
    expect(worst.clock.daysLeft).toBeLessThan(0);

    await office.login('leader');
    await page.goto(office.screen('/deadline-board'));
    await page.getByTestId('board-unit').first().waitFor();
    await page.getByRole('combobox', { name: '排序' }).click();
    await page.getByRole('option', { name: '超期最久在前' }).click();
    const row = page.getByTestId('board-unit').first().locator('tbody tr').first();
    await row.getByRole('link', { name: worst.number }).waitFor();
    expect(await row.innerText()).toContain(`超期 ${-worst.clock.daysLeft} 天`);

    await row.getByTestId('board-urge').click();
    const dialog = page.getByTestId('urge-dialog');
    await dialog.getByTestId('urge-case').filter({ hasText: worst.number }).waitFor();
    await dialog.locator('textarea[name="note"]').fill('已超期，请三日内报送办理进展');
    await office.screenshot('cases-board-urge-dialog');
    await dialog.getByRole('button', { name: '提交' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page
      .getByTestId('board-unit')
      .first()
      .locator('tbody tr')
      .first()
      .getByRole('link', { name: worst.number })
      .click();
    await page.waitForURL((url) => url.hash === `#/cases/${worst.id}/show`);
    const urged = page.getByTestId('case-timeline').locator('li[data-kind="URGED"]');
    await urged.first().waitFor();
    const entry = await urged.first().innerText();
    expect(entry).toContain('催办');
    expect(entry).toContain('已超期，请三日内报送办理进展');
    expect(entry).toContain(me.me.person.name);

    // The case page offers the same action among its own.
    await page.getByTestId('case-actions').getByRole('button', { name: '催办', exact: true }).click();
    const pageDialog = page.getByRole('dialog');
    await pageDialog.locator('textarea[name="note"]').fill('再次催办：请今日答复');
    await pageDialog.getByRole('button', { name: '提交' }).click();
    await pageDialog.waitFor({ state: 'detached' });
    await expect.poll(() => urged.count()).toBe(2);
    expect(await urged.nth(1).innerText()).toContain('再次催办：请今日答复');

    const { case: saved } = await api<{
      case: { timeline: { kind: string; note: string | null; actor: { username: string } | null }[] };
    }>('query($id: ID!) { case(id: $id) { timeline { kind note actor { username } } } }', { id: worst.id });
    expect(saved.timeline.filter((e) => e.kind === 'URGED')).toEqual([
      { kind: 'URGED', note: '已超期，请三日内报送办理进展', actor: { username: 'leader' } },
      { kind: 'URGED', note: '再次催办：请今日答复', actor: { username: 'leader' } },
    ]);
    await office.checkpoint('cases-urged-timeline', { pageErrors: true });
  });
});
