import { beforeAll, describe, expect, it } from 'vitest';
import { backOfficeFor } from './support/back-office';

interface Fund {
  id: string;
  code: string;
  name: string;
  balance: string;
}

const APPLICATION = `query($id: ID!) { reliefApplication(id: $id) { id status amount person { name } disbursement { id amount status } } }`;
const PAYMENTS = `query($f: DisbursementFilter) { disbursements(filter: $f, first: 200) { nodes { id application { id } } } }`;
const PAY = `mutation($i: PayReliefApplicationInput!) { payReliefApplication(input: $i) { id } }`;

describe('relief: proposed, approved in the queue, paid once through the confirmation', () => {
  const office = backOfficeFor();
  let officer: string;
  let funds: Fund[];
  const fundByCode = (code: string) => funds.find((f) => f.code === code)!;

  /** A petitioner of a seeded case whose name no one else has, so choosing by name is unambiguous. */
  async function pickPerson(skip: string[] = []): Promise<{ id: string; name: string; caseNumber: string }> {
    const res = await office.stack.gql<{
      cases: { nodes: { number: string; petitioners: { id: string; name: string }[] }[] };
    }>('query { cases(first: 60) { nodes { number petitioners { id name } } } }', {}, officer);
    for (const c of res.data!.cases.nodes) {
      for (const p of c.petitioners) {
        if (skip.includes(p.id)) continue;
        const same = await office.stack.gql<{ persons: { totalCount: number } }>(
          'query($s: String) { persons(filter: { search: $s }) { totalCount } }',
          { s: p.name },
          officer,
        );
        if (same.data!.persons.totalCount === 1) return { ...p, caseNumber: c.number };
      }
    }
    throw new Error('no petitioner with a unique name in the demo');
  }

  async function choose(label: RegExp, text: string) {
    const input = office.page.getByRole('combobox', { name: label });
    await input.fill(text);
    await office.page
      .getByRole('option', { name: new RegExp(text) })
      .first()
      .click();
  }

  beforeAll(async () => {
    officer = await office.stack.login('fund-officer');
    const res = await office.stack.gql<{ funds: { nodes: Fund[] } }>(
      'query { funds(first: 50) { nodes { id code name balance } } }',
      {},
      officer,
    );
    funds = res.data!.funds.nodes;
  });

  it('fund-officer proposes, fund-approver approves in the queue, fund-officer pays once; the ledger shows it', async () => {
    const { page, stack } = office;
    const fund = fundByCode('JJ-XFJZ');
    const person = await pickPerson();

    await office.login('fund-officer');
    await page.getByRole('menuitem', { name: '救助申请' }).click();
    await page.getByRole('link', { name: '提出救助申请' }).click();
    await page.getByRole('combobox', { name: /救助基金/ }).click();
    await page.getByRole('option', { name: fund.name }).click();
    await choose(/救助对象/, person.name);
    await choose(/案件/, person.caseNumber);
    await page.getByLabel(/申请金额/).fill('1234.56');
    await page.getByLabel(/申请理由/).fill('因病致贫，生活困难，申请临时救助');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL((url) => /#\/reliefApplications\/[^/]+\/show/.test(url.hash));
    const id = /reliefApplications\/([^/]+)\/show/.exec(page.url())![1]!;
    await page.getByText('待审批').first().waitFor();
    await expect.poll(() => page.getByRole('button', { name: '批准' }).count()).toBe(0); // the proposer never approves
    await expect.poll(() => page.getByRole('button', { name: '发放' }).count()).toBe(0); // not approved yet

    await office.login('fund-approver');
    await page.getByRole('menuitem', { name: '救助审批' }).click();
    const row = page.getByRole('row').filter({ hasText: person.name });
    await row.getByText('¥1,234.56').waitFor();
    await office.screenshot('funds-approval-queue');
    await row.getByRole('button', { name: '批准' }).click();
    await page.getByText('已批准').first().waitFor();
    await expect
      .poll(
        async () =>
          (await stack.gql<{ reliefApplication: { status: string } }>(APPLICATION, { id }, officer)).data
            ?.reliefApplication.status,
      )
      .toBe('APPROVED');
    await office.expectClean();

    await office.login('fund-officer');
    await page.goto(office.screen(`/reliefApplications/${id}/show`));
    await page.getByRole('button', { name: '发放' }).click();
    const dialog = page.getByRole('dialog', { name: '确认发放救助金' });
    await dialog.getByText(person.name).waitFor();
    await dialog.getByText('¥1,234.56').waitFor();
    await dialog.getByText(fund.name).waitFor();
    await dialog.getByText(/只能发放一次/).waitFor();
    await office.screenshot('funds-pay-confirmation');
    await dialog.getByRole('button', { name: '确认发放' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('已发放').first().waitFor();
    await expect.poll(() => page.getByRole('button', { name: '发放' }).count()).toBe(0);
    await page.getByRole('button', { name: '记录回访' }).click();
    const followUp = page.getByRole('dialog', { name: '记录回访' });
    await followUp.getByLabel(/回访记录/).fill('已电话回访，救助金已用于医药费');
    await followUp.getByRole('button', { name: '提交' }).click();
    await page.getByText('已电话回访，救助金已用于医药费').waitFor();
    await page.getByText(/已发放 ¥1,234.56/).waitFor();

    await page.goto(office.screen(`/funds/${fund.id}/show/ledger`));
    const first = page.getByRole('row').filter({ hasText: '因病致贫，生活困难，申请临时救助' });
    await first.getByText('发放', { exact: true }).waitFor();
    await first.getByText('¥1,234.56').first().waitFor();
    await office.checkpoint('funds-ledger-after-payment');

    const paid = await stack.gql<{
      reliefApplication: { status: string; disbursement: { id: string; amount: string } };
    }>(APPLICATION, { id }, officer);
    expect(paid.data!.reliefApplication.status).toBe('PAID');
    expect(paid.data!.reliefApplication.disbursement.amount).toBe('123456');
    const again = await stack.gql(
      PAY,
      { i: { applicationId: id, idempotencyKey: 'second-attempt-of-test-a' } },
      officer,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const payments = await stack.gql<{ disbursements: { nodes: { application: { id: string } | null }[] } }>(
      PAYMENTS,
      { f: { personId: person.id, fundId: fund.id } },
      officer,
    );
    expect(payments.data!.disbursements.nodes.filter((d) => d.application?.id === id)).toHaveLength(1);
  });
});
