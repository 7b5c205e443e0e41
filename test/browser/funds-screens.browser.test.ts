import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BackOffice, openBackOffice } from './support/back-office';

/** Every funds screen in Chinese with names, never ids nor missing words, for the roles that use them. */
describe('the funds screens', () => {
  let office: BackOffice;
  let fundId: string;

  beforeAll(async () => {
    office = await openBackOffice();
    const token = await office.stack.login('fund-approver');
    const res = await office.stack.gql<{ funds: { nodes: { id: string; code: string }[] } }>('query { funds(first: 50) { nodes { id code } } }', {}, token);
    fundId = res.data!.funds.nodes.find((f) => f.code === 'JJ-XFJZ')!.id;
  });
  afterAll(async () => {
    await office?.close();
  });

  async function expectClean() {
    expect(await office.missingTranslations()).toEqual([]);
    expect(await office.visibleIds()).toEqual([]);
    expect(office.pageErrors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
  }

  it('lists funds with kind, balance and the approver\'s actions, and shows a fund\'s summary, payments and report', async () => {
    const { page } = office;
    await office.login('fund-approver');
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
    await expectClean();
    await office.screenshot('funds-report');
  });

  it('lists payments with the reversal for approvers, legal aid, and the relief reports', async () => {
    const { page } = office;
    await page.getByRole('menuitem', { name: '救助金发放' }).click();
    await page.getByRole('button', { name: '冲正' }).first().waitFor();
    await page.getByText('已发放').first().waitFor();
    await expectClean();
    await office.screenshot('funds-disbursements');
    await page.getByRole('menuitem', { name: '法律援助' }).click();
    await page.getByRole('button', { name: '导出' }).waitFor();
    await expectClean();
    await office.screenshot('funds-legal-aid');
    await page.getByRole('menuitem', { name: '救助统计' }).click();
    await page.getByText('按救助类型').waitFor();
    await page.getByText('信访救助').first().waitFor();
    await expectClean();
    await office.screenshot('funds-relief-reports');
  });
});
