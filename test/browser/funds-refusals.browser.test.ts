import { beforeAll, describe, expect, it } from 'vitest';
import { backOfficeFor } from './support/back-office';

interface Fund {
  id: string;
  code: string;
  name: string;
  balance: string;
}
interface Person {
  id: string;
  name: string;
}

const FUNDS = 'query { funds(first: 50) { nodes { id code name balance } } }';
const APPLICATIONS =
  'query($f: ReliefApplicationFilter) { reliefApplications(filter: $f) { totalCount nodes { id status } } }';
const PROPOSE = 'mutation($i: ProposeReliefApplicationInput!) { proposeReliefApplication(input: $i) { id } }';
const APPROVE = 'mutation($i: DecideReliefApplicationInput!) { approveReliefApplication(input: $i) { id status } }';
const PAY = 'mutation($i: PayReliefApplicationInput!) { payReliefApplication(input: $i) { id } }';
const SET_RULES = 'mutation($i: SetFundRulesInput!) { setFundRules(input: $i) { id perPersonYearlyCap } }';

describe('relief refused: an amount the API will not take, and roles that may not decide or pay', () => {
  const office = backOfficeFor();
  let officer: string;
  let approver: string;
  let funds: Fund[];
  const people: Person[] = [];
  const fund = (code: string) => funds.find((f) => f.code === code)!;

  /** Petitioners whose names no one else has, so choosing one by name is unambiguous. */
  async function uniquePeople(count: number): Promise<void> {
    const res = await office.stack.gql<{ persons: { nodes: Person[] } }>(
      'query { persons(first: 40) { nodes { id name } } }',
      {},
      officer,
    );
    for (const p of res.data!.persons.nodes) {
      const same = await office.stack.gql<{ persons: { totalCount: number } }>(
        'query($s: String) { persons(filter: { search: $s }) { totalCount } }',
        { s: p.name },
        officer,
      );
      if (same.data!.persons.totalCount === 1) people.push(p);
      if (people.length === count) return;
    }
    throw new Error('not enough people with a unique name in the demo');
  }

  beforeAll(async () => {
    officer = await office.stack.login('fund-officer');
    approver = await office.stack.login('fund-approver');
    funds = (await office.stack.gql<{ funds: { nodes: Fund[] } }>(FUNDS, {}, officer)).data!.funds.nodes;
    await uniquePeople(3);
  });

  it('shows the yearly cap the API refuses next to the amount and saves nothing; the same for a transfer above the balance', async () => {
    const { page, stack } = office;
    const capped = fund('JJ-TKJZ');
    const ruled = await stack.gql(
      SET_RULES,
      { i: { fundId: capped.id, rules: { perPersonYearlyCap: '500000' } } },
      approver,
    );
    expect(ruled.errors).toBeUndefined();
    const person = people[0]!;

    await office.login('fund-officer');
    await page.goto(office.screen('/reliefApplications/create'));
    await page.getByRole('combobox', { name: /救助基金/ }).click();
    await page.getByRole('option', { name: capped.name }).click();
    await page.getByRole('combobox', { name: /救助对象/ }).fill(person.name);
    await page.getByRole('option', { name: person.name }).first().click();
    await page.getByLabel(/申请金额/).fill('6000');
    await page.getByLabel(/申请理由/).fill('特困供养对象，申请基本生活救助');
    await page.getByRole('button', { name: '保存' }).click();
    const amountError = page.locator('.ra-input-amount .MuiFormHelperText-root');
    await expect.poll(() => amountError.innerText()).toContain('超过每人每年上限 ¥5,000.00');
    expect(page.url()).toContain('#/reliefApplications/create');
    await office.checkpoint('funds-amount-over-cap');
    const saved = await stack.gql<{ reliefApplications: { totalCount: number } }>(
      APPLICATIONS,
      { f: { personId: person.id } },
      officer,
    );
    expect(saved.data!.reliefApplications.totalCount).toBe(0);

    const from = fund('JJ-LDBA');
    const to = fund('JJ-GPZP');
    await office.login('fund-approver');
    await page.goto(office.screen(`/funds/${from.id}/show`));
    await page.getByRole('button', { name: '调剂' }).click();
    const dialog = page.getByRole('dialog', { name: '调剂' });
    await dialog.getByRole('combobox', { name: /调入基金/ }).click();
    await page.getByRole('option', { name: to.name }).click();
    await dialog.getByLabel(/金额/).fill('99999999');
    await dialog.getByLabel(/调剂说明/).fill('调剂测试');
    await dialog.getByRole('button', { name: '提交' }).click();
    await expect
      .poll(() => dialog.locator('.ra-input-amount .MuiFormHelperText-root').innerText())
      .toContain('不足以支付 ¥99,999,999.00');
    await office.checkpoint('funds-transfer-over-balance');
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const after = (await stack.gql<{ funds: { nodes: Fund[] } }>(FUNDS, {}, officer)).data!.funds.nodes;
    expect(after.find((f) => f.id === from.id)!.balance).toBe(from.balance);
    expect(after.find((f) => f.id === to.id)!.balance).toBe(to.balance);
  });

  it('hides approve and pay from centre staff and auditors, and the API refuses them too', async () => {
    const { page, stack } = office;
    const relief = fund('JJ-XFJZ');
    const propose = async (person: Person) => {
      const res = await stack.gql<{ proposeReliefApplication: { id: string } }>(
        PROPOSE,
        { i: { fundId: relief.id, personId: person.id, amount: '100000', reason: '临时生活困难' } },
        officer,
      );
      return res.data!.proposeReliefApplication.id;
    };
    const pending = await propose(people[1]!);
    const approved = await propose(people[2]!);
    expect((await stack.gql(APPROVE, { i: { applicationId: approved } }, approver)).errors).toBeUndefined();

    await office.login('staff');
    await page.goto(office.screen(`/reliefApplications/${pending}/show`));
    await page.getByText(people[1]!.name).first().waitFor();
    await page.getByText('待审批').first().waitFor();
    for (const action of ['批准', '不予救助', '发放'])
      expect(await page.getByRole('button', { name: action }).count()).toBe(0);
    expect(await page.getByRole('menuitem', { name: '救助审批' }).count()).toBe(0);
    await page.goto(office.screen(`/reliefApplications/${approved}/show`));
    await page.getByText('已批准').first().waitFor();
    expect(await page.getByRole('button', { name: '发放' }).count()).toBe(0);
    await page.goto(office.screen('/reliefApplications'));
    await page.getByRole('row').filter({ hasText: people[1]!.name }).waitFor();
    expect(await page.getByRole('link', { name: '提出救助申请' }).count()).toBe(0);
    await office.checkpoint('funds-staff-no-actions');

    for (const username of ['staff', 'auditor']) {
      const token = await stack.login(username);
      const approve = await stack.gql(APPROVE, { i: { applicationId: pending } }, token);
      expect(approve.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const pay = await stack.gql(
        PAY,
        { i: { applicationId: approved, idempotencyKey: `refused-${username}` } },
        token,
      );
      expect(pay.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const statuses = await stack.gql<{ reliefApplications: { nodes: { id: string; status: string }[] } }>(
      APPLICATIONS,
      { f: { fundId: relief.id } },
      officer,
    );
    const byId = new Map(statuses.data!.reliefApplications.nodes.map((a) => [a.id, a.status]));
    expect([byId.get(pending), byId.get(approved)]).toEqual(['PROPOSED', 'APPROVED']);
  });
});
