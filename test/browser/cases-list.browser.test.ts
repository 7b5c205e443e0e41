import { describe, expect, it } from 'vitest';
import { backOfficeFor } from './support/back-office';

const UNIT = '东岳县人力资源和社会保障局';

/** The list's filter as react-admin keeps it in the address (`#/cases?filter={...}`). */
function filterOf(url: string): Record<string, unknown> {
  const query = new URL(url).hash.split('?')[1] ?? '';
  return JSON.parse(new URLSearchParams(query).get('filter') ?? '{}') as Record<string, unknown>;
}

/** The case list with its filters and warning chips; the taxonomy maintained by an admin. */
describe('case list and categories', () => {
  const office = backOfficeFor();

  it('filters the case list by responsible unit and shows names and warning colours', async () => {
    const page = await office.login('admin');
    await page.goto(office.screen('/cases'));
    await page.locator('tbody tr').first().waitFor();
    await page.getByRole('button', { name: '添加筛选条件' }).click();
    await page.locator('[role^="menuitem"]', { hasText: '责任单位' }).click();
    await page.getByLabel('责任单位').fill('人力资源');
    await page.getByRole('option', { name: UNIT }).click();
    await expect.poll(() => page.url()).toContain('responsibleUnitId');
    await expect
      .poll(async () => (await page.locator('tbody tr td:nth-child(7)').allInnerTexts()).every((t) => t === UNIT))
      .toBe(true);
    expect(await page.locator('tbody [data-warning]').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: '导出' }).waitFor();
    await office.checkpoint('cases-list');
  });

  it('finds a case by its petitioner’s phone as typed, says what the box finds, and filters by warning and overdue', async () => {
    const { stack } = office;
    const page = await office.login('admin');
    const staff = await office.tokenFor('staff');
    // A case from the middle of the county, so the unfiltered first page cannot pass for the answer.
    const picked = await stack.gql<{ cases: { nodes: { number: string; petitioners: { phone: string }[] }[] } }>(
      '{ cases(first: 1, offset: 150, orderBy: { field: NUMBER, direction: ASC }) { nodes { number petitioners { phone } } } }',
      {},
      staff,
    );
    const { number, petitioners } = picked.data!.cases.nodes[0]!;
    const phone = petitioners[0]!.phone;
    const found = await stack.gql<{ cases: { nodes: { number: string }[] } }>(
      'query($p: String) { cases(first: 10, filter: { search: $p }) { nodes { number } } }',
      { p: phone },
      staff,
    );
    const expected = found.data!.cases.nodes.map((n) => n.number).sort();
    expect(expected).toContain(number);
    // The list keeps its last filters: start from none.
    await page.goto(office.screen(`/cases?filter=${encodeURIComponent('{}')}`));
    await page.locator('tbody tr').first().waitFor();
    const box = page.getByPlaceholder('姓名、电话或后四位、身份证号、查询码、案件编号、工单号、标题');
    await box.fill(`${phone.slice(0, 3)}-${phone.slice(3, 7)}-${phone.slice(7)}`);
    const shown = async () => (await page.locator('tbody tr td:first-child').allInnerTexts()).sort();
    await expect.poll(shown, { timeout: 20_000 }).toEqual(expected);
    await office.checkpoint('cases-list-search');

    await page.goto(office.screen(`/cases?filter=${encodeURIComponent('{}')}`));
    await page.locator('tbody tr').first().waitFor();
    await page.getByRole('button', { name: '添加筛选条件' }).click();
    // The filter menu, not the side menu's deadline board of the same name.
    await page.locator('.MuiMenu-paper [role^="menuitem"]', { hasText: '时限预警' }).click();
    await page.getByLabel('时限预警').click();
    await page.getByRole('option', { name: '红色预警（超期）' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => filterOf(page.url()).warning, { timeout: 10_000 }).toEqual(['RED']);
    const chips = page.locator('tbody [data-warning]');
    const colours = async () =>
      new Set(await Promise.all((await chips.all()).map((c) => c.getAttribute('data-warning'))));
    await expect.poll(colours, { timeout: 20_000 }).toEqual(new Set(['RED']));

    await page.getByRole('button', { name: '添加筛选条件' }).click();
    await page.locator('.MuiMenu-paper [role^="menuitem"]', { hasText: '已超期' }).click();
    await page.getByLabel('已超期').click();
    await page.getByRole('option', { name: '否' }).click();
    await expect.poll(() => filterOf(page.url()).overdue, { timeout: 10_000 }).toBe(false);
    // Red and not overdue contradict each other: nothing is left.
    await page.getByText('在当前筛选条件下未找到').waitFor();
    expect(await chips.count()).toBe(0);
    await office.checkpoint('cases-list-clock-filters');
  });

  it('lets an admin add a sub-category, refusing a code in use next to the code field', async () => {
    const { page } = office;
    await page.getByRole('menuitem', { name: '事项类别' }).click();
    await page.getByText('劳动合同争议').waitFor();
    await page.getByRole('button', { name: '新增类别' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('上级类别').click();
    await page.getByRole('option', { name: '劳动社保' }).click();
    await dialog.getByLabel('编码').fill('C01-01');
    await dialog.getByLabel('名称').fill('灵活就业权益');
    await dialog.getByRole('button', { name: '提交' }).click();
    const code = dialog.locator('.MuiFormControl-root', { has: page.locator('input[name="code"]') });
    await expect.poll(() => code.locator('.MuiFormHelperText-root').innerText()).toBe('已被使用或已登记');

    await dialog.getByLabel('编码').fill('C03-99');
    await dialog.getByRole('button', { name: '提交' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.locator('tbody tr', { hasText: '灵活就业权益' });
    await row.waitFor();
    expect(await row.innerText()).toContain('劳动社保');
    await office.checkpoint('cases-categories');
  });
});
