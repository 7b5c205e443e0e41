import { beforeAll, describe, expect, it } from 'vitest';
import { backOfficeFor } from './support/back-office';
import { submitRouting } from './support/cases';

const DAY_MS = 86_400_000;
const UNIT = '东岳县人力资源和社会保障局';

/**
 * Staff route a registered demo case from its page; the timeline shows the routing. The routed unit
 * has 15 days to accept: 13 days later (the stack's clock moved on) the case is yellow on the board
 * under that unit.
 */
describe('routing a case from its page and finding it on the deadline board', () => {
  const office = backOfficeFor({ clock: { now: () => now } });
  // A fixed Wednesday morning: what counts as a working day must not follow the hour the suite runs at.
  let now = new Date('2026-12-02T01:00:00Z');
  let target: { id: string; number: string };

  beforeAll(async () => {
    const token = await office.stack.login('staff');
    const res = await office.stack.gql<{ cases: { nodes: { id: string; number: string }[] } }>(
      '{ cases(first: 1, filter: { status: [REGISTERED] }, orderBy: { field: RECEIVED_AT, direction: ASC }) { nodes { id number } } }',
      {},
      token,
    );
    target = res.data!.cases.nodes[0]!;
  });

  it('routes a registered case to a named organisation and shows it on the timeline', async () => {
    const page = await office.login('staff');
    await page.goto(office.screen(`/cases/${target.id}/show`));
    await page.getByTestId('case-number').filter({ hasText: target.number }).waitFor();
    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('已登记');

    await page.getByTestId('case-actions').getByRole('button', { name: '交办', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('牵头单位').fill('人力资源');
    await page.getByRole('option', { name: UNIT }).click();

    const routed = await submitRouting(page, '反映劳动合同争议，属县人社局职责', UNIT);
    expect(await routed.innerText()).toContain('反映劳动合同争议');
    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('已交办');
    await office.checkpoint('cases-routing');
  });

  it('shows the routed case on the deadline board under that unit once its acceptance deadline nears', async () => {
    const { page } = office;
    now = new Date(now.getTime() + 13 * DAY_MS);
    await page.getByRole('menuitem', { name: '时限预警' }).click();
    await page.waitForURL((url) => url.hash.startsWith('#/deadline-board'));
    await page.getByLabel('责任单位').fill('人社局'); // the county's own name for it, found by the API
    await page.getByRole('option', { name: UNIT }).click();

    const card = page.locator(`[data-testid="board-unit"][data-unit="${UNIT}"]`);
    const link = card.getByRole('link', { name: target.number });
    await link.waitFor();
    expect(await card.locator('tr', { has: page.getByRole('link', { name: target.number }) }).innerText()).toContain(
      '黄色预警',
    );
    expect(await page.locator('[data-testid="board-unit"]').count()).toBe(1);
    await office.checkpoint('cases-deadline-board');

    await link.click();
    await page.waitForURL((url) => url.hash === `#/cases/${target.id}/show`);
    await page.getByTestId('case-number').filter({ hasText: target.number }).waitFor();
    await office.screenshot('cases-board-to-case');
  });
});
