import { describe, expect, it } from 'vitest';
import { backOfficeFor } from './support/back-office';

const UNIT = '东岳县人力资源和社会保障局';

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
