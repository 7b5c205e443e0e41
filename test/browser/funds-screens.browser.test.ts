import { beforeAll, describe, expect, it } from 'vitest';
import { backOfficeFor } from './support/back-office';

/** Every funds screen in Chinese with names, never ids nor missing words, for the roles that use them. */
describe('the funds screens', () => {
  const office = backOfficeFor();
  let fundId: string;

  beforeAll(async () => {
    const token = await office.stack.login('fund-approver');
    const res = await office.stack.gql<{ funds: { nodes: { id: string; code: string }[] } }>(
      'query { funds(first: 50) { nodes { id code } } }',
      {},
      token,
    );
    fundId = res.data!.funds.nodes.find((f) => f.code === 'JJ-XFJZ')!.id;
  });

  it("lists funds with kind, balance and the approver's actions, and shows a fund's summary, payments and report", async () => {
    const page = await office.login('fund-approver');
    await page.getByRole('menuitem', { name: '救助基金' }).click();
    const row = page.getByRole('row').filter({ hasText: 'JJ-XFJZ' });
    await row.getByText('信访救助', { exact: true }).waitFor();
    await row.getByText('¥888,700.00').waitFor();
    await page.getByRole('button', { name: '新设基金' }).waitFor();
    await page.getByRole('button', { name: '导出' }).waitFor();
    await office.screenshot('funds-list');
    await row.click();
    await page.getByRole('button', { name: '拨款' }).waitFor();
    await page.getByText('2025').first().waitFor();
    await office.screenshot('funds-show');
    await page.getByRole('tab', { name: '发放记录' }).click();
    await page.getByText('信访救助：生活困难临时救助').first().waitFor();
    await page.goto(office.screen(`/funds/${fundId}/show/report`));
    await page.getByText('期末余额').waitFor();
    await office.checkpoint('funds-report', { pageErrors: true });
  });

  it('lists payments with the reversal for approvers, legal aid, and the relief reports', async () => {
    const { page } = office;
    await page.getByRole('menuitem', { name: '救助金发放' }).click();
    await page.getByRole('button', { name: '冲正' }).first().waitFor();
    await page.getByText('已发放').first().waitFor();
    await office.checkpoint('funds-disbursements', { pageErrors: true });
    const first = page.getByRole('row').nth(1);
    await first.getByRole('button', { name: '冲正' }).click();
    const dialog = page.getByRole('dialog', { name: '冲正' });
    await dialog.getByText(/冲正后不能撤销/).waitFor();
    await dialog.getByLabel(/冲正原因/).fill('发放对象有误');
    await dialog.getByRole('button', { name: '确认冲正' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await first.getByText('已冲正').waitFor();
    const token = await office.stack.login('fund-approver');
    const paid = await office.stack.gql<{
      disbursements: { nodes: { status: string; reversalReason: string | null }[] };
    }>('query { disbursements(first: 200) { nodes { status reversalReason } } }', {}, token);
    expect(paid.data!.disbursements.nodes.filter((d) => d.status === 'REVERSED').map((d) => d.reversalReason)).toEqual([
      '发放对象有误',
    ]);
    await page.getByRole('menuitem', { name: '法律援助' }).click();
    await page.getByRole('button', { name: '导出' }).waitFor();
    await office.checkpoint('funds-legal-aid', { pageErrors: true });
    await page.getByRole('menuitem', { name: '救助统计' }).click();
    await page.getByText('按救助类型').waitFor();
    await page.getByText('信访救助').first().waitFor();
    await office.checkpoint('funds-relief-reports', { pageErrors: true });
  });

  it('lets a fund officer accept a legal-aid matter and record its progress in yuan', async () => {
    const { page } = office;
    const token = await office.stack.login('fund-officer');
    const persons = await office.stack.gql<{ persons: { nodes: { name: string }[] } }>(
      'query { persons(first: 1) { nodes { name } } }',
      {},
      token,
    );
    const name = persons.data!.persons.nodes[0]!.name;
    await office.signOut();
    await office.login('fund-officer');
    await page.getByRole('menuitem', { name: '法律援助' }).click();
    await page.getByRole('button', { name: '受理法律援助' }).click();
    const open = page.getByRole('dialog', { name: '受理法律援助' });
    await open.getByRole('combobox', { name: /援助类型/ }).click();
    await page.getByRole('option', { name: '代写法律文书' }).click();
    await open.getByRole('combobox', { name: /救助对象/ }).fill(name);
    await page.getByRole('option', { name }).first().click();
    await open.getByLabel(/事项摘要/).fill('代写劳动仲裁申请书');
    await open.getByRole('button', { name: '提交' }).click();
    await open.waitFor({ state: 'hidden' });
    const row = page.getByRole('row').filter({ hasText: '代写法律文书' });
    await row.getByText('已受理').waitFor();
    await row.getByRole('button', { name: '登记进展' }).click();
    const progress = page.getByRole('dialog', { name: '登记进展' });
    await progress.getByLabel(/代写文书数/).fill('2');
    await progress.getByLabel(/挽回经济损失/).fill('3500.5');
    await progress.getByLabel(/结案/).check();
    await progress.getByRole('button', { name: '提交' }).click();
    await progress.waitFor({ state: 'hidden' });
    await row.getByText('已结案').waitFor();
    await row.getByText('¥3,500.50').waitFor();
    await office.checkpoint('funds-legal-aid-progress', { pageErrors: true });
  });

  it('speaks English when switched, with every funds word translated', async () => {
    const { page } = office;
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Relief applications' }).first().click();
    await page.getByText('Awaiting approval').or(page.getByText('Status')).first().waitFor();
    await page.getByRole('menuitem', { name: 'Funds' }).click();
    await page.getByText('Petition relief').first().waitFor();
    await page.getByRole('menuitem', { name: 'Legal aid' }).click();
    await page.getByText('Document drafting').waitFor();
    await page.getByRole('button', { name: 'Accept legal aid' }).waitFor();
    await office.checkpoint('funds-english', { pageErrors: true });
  });
});
