import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/stack';

let stack: TestStack;
let admin: string;
let officer: string;
let approver: string;
beforeAll(async () => {
  stack = await startTestStack();
  [admin, officer, approver] = await Promise.all([
    stack.login('admin'),
    stack.login('fund-officer'),
    stack.login('fund-approver'),
  ]);
});
afterAll(() => stack?.stop());

type Case = { id: string; petitioners: { id: string }[] };

async function firstCase(status: string): Promise<Case> {
  const res = await stack.gql<{ cases: { nodes: Case[] } }>(
    `query($s: [CaseStatus!]) { cases(first: 1, filter: { status: $s }) { nodes { id petitioners { id } } } }`,
    { s: [status] },
    admin,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.cases.nodes[0]!;
}

async function fundId(code: string): Promise<string> {
  const res = await stack.gql<{ funds: { nodes: { id: string; code: string }[] } }>(
    '{ funds(first: 50) { nodes { id code } } }',
    {},
    admin,
  );
  return res.data!.funds.nodes.find((f) => f.code === code)!.id;
}

/** Proposal by the demo fund officer, approval by the demo fund approver, payment by the officer. */
async function relieve(fund: string, c: Case, amount: string) {
  const proposed = await stack.gql<{ proposeReliefApplication: { id: string } }>(
    `mutation($input: ProposeReliefApplicationInput!) {
    proposeReliefApplication(input: $input) { id } }`,
    { input: { fundId: fund, personId: c.petitioners[0]!.id, caseId: c.id, amount, reason: '生活困难' } },
    officer,
  );
  expect(proposed.errors).toBeUndefined();
  const id = proposed.data!.proposeReliefApplication.id;
  expect(
    (
      await stack.gql(
        `mutation($id: ID!) { approveReliefApplication(input: { applicationId: $id }) { status } }`,
        { id },
        approver,
      )
    ).errors,
  ).toBeUndefined();
  return {
    id,
    pay: () =>
      stack.gql(
        `mutation($id: ID!, $k: String!) { payReliefApplication(input: { applicationId: $id, idempotencyKey: $k }) { id } }`,
        { id, k: randomUUID() },
        officer,
      ),
  };
}

describe('relief through the gateway, with the real cases and people subgraphs', () => {
  it('a case shows its applications and payments, and its petitioner the relief received', async () => {
    const c = await firstCase('IN_HANDLING');
    const { pay } = await relieve(await fundId('JJ-XFJZ'), c, '88800');
    expect((await pay()).errors).toBeUndefined();
    const res = await stack.gql<{
      case: {
        reliefApplications: { amount: string; status: string }[];
        disbursements: { amount: string }[];
        petitioners: { reliefReceived: { total: string } }[];
      };
    }>(
      `query($id: ID!) { case(id: $id) { reliefApplications { amount status } disbursements { amount } petitioners { reliefReceived { total } } } }`,
      { id: c.id },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.case.reliefApplications).toContainEqual({ amount: '88800', status: 'PAID' });
    expect(res.data!.case.disbursements).toContainEqual({ amount: '88800' });
    expect(BigInt(res.data!.case.petitioners[0]!.reliefReceived.total)).toBeGreaterThanOrEqual(88_800n);
  });

  it("the vulnerability an application relies on is checked against the people subgraph's record", async () => {
    const res = await stack.gql<{ persons: { nodes: { id: string; vulnerabilities: string[] }[] } }>(
      '{ persons(first: 1, filter: { vulnerability: ELDERLY }) { nodes { id vulnerabilities } } }',
      {},
      admin,
    );
    expect(res.errors).toBeUndefined();
    const elderly = res.data!.persons.nodes[0]!;
    const hardship = await fundId('JJ-TKJZ');
    const propose = (vulnerability: string) =>
      stack.gql(
        `mutation($input: ProposeReliefApplicationInput!) { proposeReliefApplication(input: $input) { id } }`,
        { input: { fundId: hardship, personId: elderly.id, amount: '1000', reason: '生活困难', vulnerability } },
        officer,
      );
    expect((await propose('ELDERLY')).errors).toBeUndefined();
    const other = elderly.vulnerabilities.includes('MINOR') ? 'MIGRANT' : 'MINOR';
    expect((await propose(other)).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      rule: 'VULNERABILITY_NOT_RECORDED',
    });
  });

  it('a work fund pays for a closed case, and refuses a case still being handled', async () => {
    const work = await fundId('JJ-GPZP');
    const closed = await relieve(work, await firstCase('CLOSED'), '50000');
    expect((await closed.pay()).errors).toBeUndefined();
    const open = await relieve(work, await firstCase('IN_HANDLING'), '50000');
    expect((await open.pay()).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      rule: 'CASE_NOT_RESOLVED',
      status: 'IN_HANDLING',
    });
  });
});
