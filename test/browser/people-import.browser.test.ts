import { describe, expect, it } from 'vitest';
import { backOfficeFor } from './support/back-office';
import { nationalId, withWrongCheckDigit } from './support/people';

const STUDIO = '导入测试工作室';
const GOOD = [
  { name: '导入甲', id: nationalId('37132919710203901') },
  { name: '导入乙', id: nationalId('37132919720304902') },
  { name: '导入丙', id: nationalId('37132919730405903') },
];
const CSV = [
  'name,nationalId,phone,specialties,studio,weekdays,certifications',
  ...GOOD.map((g, i) => `${g.name},${g.id},1380000100${i},family;land,${STUDIO},1;3;5,人民调解员证@2030-12-31`),
  `导入坏行,${withWrongCheckDigit(GOOD[0]!.id)},13800001009,family,${STUDIO},1;2,`,
].join('\n');

const IMPORT = 'mutation($input: ImportPoolInput!) { importPool(input: $input) { committed } }';

describe('bulk import of a pool', () => {
  const office = backOfficeFor();

  it('an administrator imports a CSV, follows the progress and reads which row was refused', async () => {
    const page = await office.login('admin');
    await page.getByRole('menuitem', { name: '批量导入' }).click();
    await page.waitForURL((url) => url.hash.startsWith('#/mediators/import'));
    await page.getByRole('combobox', { name: '导入方式' }).click();
    await page.getByRole('option', { name: '仅导入有效行' }).click();
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'mediators.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf-8') });
    await page.getByText('文件：mediators.csv，4 行数据').waitFor();
    await page.getByRole('button', { name: '开始导入' }).click();

    await page.locator('[data-testid="import-progress"][data-phase="DONE"]').waitFor();
    await page.getByText('导入完成').first().waitFor();
    await expect.poll(() => page.getByTestId('import-created').innerText()).toBe('3');
    expect(await page.getByTestId('import-rejected').innerText()).toBe('1');
    const rejection = page.getByTestId('import-rejections').locator('tbody tr');
    expect(await rejection.count()).toBe(1);
    expect(await rejection.locator('td').nth(0).innerText()).toBe('5');
    expect(await rejection.locator('td').nth(1).innerText()).toBe('身份证号');
    await office.checkpoint('people-import-report');

    const token = await office.stack.login('admin');
    const listed = await office.stack.gql<{ mediators: { totalCount: number; nodes: { person: { name: string } }[] } }>(
      'query($f: MediatorFilter) { mediators(filter: $f, first: 50) { totalCount nodes { person { name } } } }',
      { f: { pool: 'PEOPLES_MEDIATOR', studio: STUDIO } },
      token,
    );
    expect(listed.data?.mediators.nodes.map((n) => n.person.name).sort()).toEqual(GOOD.map((g) => g.name).sort());

    await page.goto(
      office.screen(
        `/mediators?filter=${encodeURIComponent(JSON.stringify({ pool: 'PEOPLES_MEDIATOR', studio: STUDIO }))}`,
      ),
    );
    for (const g of GOOD) await page.getByRole('cell', { name: g.name }).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(3);
    expect(await page.getByRole('cell', { name: '导入坏行' }).count()).toBe(0);
    await office.checkpoint('people-import-listed');
  });

  it('an auditor sees no import link or pool actions, and the API refuses their import', async () => {
    const { page } = office;
    await office.signOut();
    await office.login('auditor');
    await page.getByRole('menuitem', { name: '人才库概况' }).waitFor();
    expect(await page.getByRole('menuitem', { name: '批量导入' }).count()).toBe(0);
    await page.goto(office.screen('/mediators'));
    await page.locator('tbody tr').first().waitFor();
    expect(await page.getByRole('link', { name: '批量导入' }).count()).toBe(0);
    await page.locator('tbody tr').first().click();
    await page.waitForURL((url) => /#\/mediators\/[^/]+\/show/.test(url.hash));
    await page.getByRole('tab', { name: '基本情况' }).waitFor();
    for (const action of ['变更状态', '添加证书', '设置每周可用日', '登记请假/不可用']) {
      expect(await page.getByRole('button', { name: action }).count()).toBe(0);
    }
    await page.goto(office.screen('/mediators/import'));
    await page.getByText('只有系统管理员和中心工作人员可以批量导入。').waitFor();
    expect(await page.getByRole('button', { name: '开始导入' }).count()).toBe(0);
    await office.checkpoint('people-import-auditor');

    const token = await office.stack.login('auditor');
    const refused = await office.stack.gql(
      IMPORT,
      { input: { pool: 'PEOPLES_MEDIATOR', csv: CSV, mode: 'VALID_ROWS_ONLY' } },
      token,
    );
    expect(refused.data?.importPool ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
