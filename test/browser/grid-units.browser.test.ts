import { describe, expect, it } from 'vitest';
import { backOfficeFor } from './support/back-office';

interface Unit {
  id: string;
  name: string;
}
const FIRST_BELOW = 'query($f: GridUnitFilter) { gridUnits(filter: $f, first: 1) { nodes { id name } } }';

describe('the grid units and organisations', () => {
  const office = backOfficeFor();

  const first = async (filter: Record<string, unknown>): Promise<Unit> => {
    const res = await office.stack.gql<{ gridUnits: { nodes: Unit[] } }>(
      FIRST_BELOW,
      { f: filter },
      await office.tokenFor('admin'),
    );
    return res.data!.gridUnits.nodes[0]!;
  };

  /** Each test stands alone: signs staff in unless a session is already open. */
  async function signedInAsStaff() {
    const { page } = office;
    await page.goto(office.screen('/'));
    const login = page.locator('input[name="username"]');
    const menu = page.getByRole('menuitem', { name: '网格树' });
    await login.or(menu).first().waitFor();
    if (await login.isVisible()) await office.login('staff');
  }

  it('opens the grid tree from the county down to a base grid', async () => {
    const { page } = office;
    const county = await first({ level: 'COUNTY' });
    const township = await first({ parentId: county.id });
    const area = await first({ parentId: township.id });
    const village = await first({ parentId: area.id });
    const grid = await first({ parentId: village.id });

    await signedInAsStaff();
    await page.getByRole('menuitem', { name: '网格树' }).click();
    for (const unit of [county, township, area, village]) {
      await page.getByRole('button', { name: `展开 ${unit.name}`, exact: true }).click();
    }
    const leaf = page
      .getByTestId('grid-tree-node')
      .filter({ has: page.getByRole('link', { name: grid.name, exact: true }) })
      .last();
    await leaf.waitFor();
    expect(await leaf.getAttribute('data-level')).toBe('GRID');
    await office.checkpoint('grid-units-tree');

    // The grid's page names the way down from the county and its case statistics.
    await page.getByRole('link', { name: grid.name, exact: true }).click();
    const path = page.getByTestId('grid-unit-path');
    await path.waitFor();
    await expect.poll(() => path.innerText()).toContain(county.name);
    expect(await path.innerText()).toContain(village.name);
    await page.getByTestId('grid-unit-case-stats').waitFor();
    await page.getByText('网格长').waitFor();
    await office.checkpoint('grid-units-show');
  });

  it('lists units and organisations with translated filters, and shows an organisation with its open cases', async () => {
    const { page } = office;
    await signedInAsStaff();
    await page.getByRole('menuitem', { name: '网格单元', exact: true }).click();
    await page.getByRole('columnheader', { name: '上级单元' }).waitFor();
    expect(await page.getByRole('button', { name: '新建' }).count()).toBe(0); // staff may not create units
    await office.expectClean();

    await page.getByRole('menuitem', { name: '单位', exact: true }).click();
    await page.getByRole('columnheader', { name: '单位类型' }).waitFor();
    await page.getByPlaceholder('搜索').fill('人社');
    const row = page.getByRole('row').filter({ hasText: '人力资源和社会保障局' }).first();
    await row.waitFor();
    await row.click();
    await page.getByTestId('organisation-open-cases').waitFor();
    await expect
      .poll(() => page.getByTestId('organisation-open-cases').locator('a[href*="/cases/"]').count())
      .toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: '编辑对接信息' }).count()).toBe(0); // only administrators edit profiles
    await office.checkpoint('grid-units-organisation');

    // The demo has no grid events or meetings yet: each list shows its table or its empty state.
    for (const [menu, path] of [
      ['网格事件', 'gridEvents'],
      ['联席会议', 'jointMeetings'],
      ['会议决定', 'meetingDecisions'],
    ] as const) {
      await page.getByRole('menuitem', { name: menu, exact: true }).click();
      await page.waitForURL((url) => url.hash.startsWith(`#/${path}`));
      await page.locator('.RaDatagrid-table, .RaEmpty-message').first().waitFor();
      await office.expectClean();
    }
    await page.getByRole('menuitem', { name: '入驻单位' }).click();
    await page.getByTestId('residents').waitFor();
    await expect.poll(() => page.getByTestId('residents').locator('tbody tr').count()).toBeGreaterThan(0);
    await office.checkpoint('grid-units-residency');
  });
});
