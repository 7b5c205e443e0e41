import { describe, expect, it } from 'vitest';
import { backOfficeFor } from './support/back-office';

/**
 * The working calendar as an admin keeps it: the seeded 2026 schedule with its source, the dashboard's
 * warning while open cases are due in a year nobody has imported, and the import of a schedule file with
 * a preview first. The 2027 file is made up for the test (the real schedule is not published yet).
 */
describe('keeping the working calendar', () => {
  const now = new Date('2026-12-02T01:00:00Z'); // the demo county's open cases are then due into January 2027
  const office = backOfficeFor({ clock: { now: () => now } });
  const FICTIONAL_2027 = 'date,kind,name\n2027-01-04,HOLIDAY,测试用虚构假日\n2027-01-09,WORKDAY,测试用虚构调休\n';

  it('warns on the dashboard, imports a year from the calendar screen after a preview, and the warning goes', async () => {
    const page = await office.login('admin');
    const warning = page.getByTestId('calendar-unmaintained-deadlines');
    await warning.waitFor();
    expect(await warning.innerText()).toContain('2027 年的节假日安排尚未导入');

    await warning.getByRole('link', { name: '前往工作日历' }).click();
    await page.waitForURL((url) => url.hash.startsWith('#/working-calendar'));
    const years = page.getByTestId('calendar-years');
    await years.getByRole('cell', { name: '2026', exact: true }).waitFor();
    expect(await years.innerText()).toContain('国务院办公厅关于2026年部分节假日安排的通知');

    await page.getByRole('button', { name: '导入节假日安排' }).click();
    const dialog = page.getByTestId('calendar-import');
    await dialog.getByTestId('calendar-file').setInputFiles({
      name: '2027.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(FICTIONAL_2027),
    });
    await dialog.getByText('2027.csv').waitFor();
    await dialog.getByLabel('依据（通知名称）').fill('测试文件（虚构）');
    await dialog.getByRole('button', { name: '预览' }).click();
    const preview = dialog.getByTestId('calendar-preview');
    await preview.waitFor();
    expect(await preview.innerText()).toMatch(
      /2027 年：新增 2 天，删除 0 天，修改 0 天，不变 0 天；\d+ 件在办案件的期限将变化/,
    );
    await dialog.getByRole('button', { name: '确认导入' }).click();
    await dialog.waitFor({ state: 'detached' });
    await years.getByRole('cell', { name: '2027', exact: true }).waitFor();
    expect(await years.innerText()).toContain('测试文件（虚构）');
    await office.checkpoint('cases-calendar-import');

    await page.getByRole('menuitem', { name: '数据看板' }).click();
    await page.getByTestId('dashboard').waitFor();
    await expect.poll(() => warning.count()).toBe(0);
  });
});
