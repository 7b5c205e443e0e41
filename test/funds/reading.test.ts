import { randomUUID } from 'node:crypto';
import type { FundRow } from '@onedoor/db/funds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  caseEntities,
  expectFieldRefusedToMediator,
  type FundsServer,
  type GraphQLResponse,
  onlyError,
  RECORD_DISBURSEMENT,
  startFundsServer,
} from './funds-server';

type Page<T> = { nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number };
type Payment = { id: string; amount: string; paidAt: string };

let server: FundsServer;
let auditor: string;
let judicial: FundRow;
let petition: FundRow;
const person = { id: '' };
const paid: string[] = [];

beforeAll(async () => {
  server = await startFundsServer();
  auditor = await server.tokenFor(['AUDITOR']);
  const officer = await server.tokenFor(['FUND_OFFICER']);
  judicial = await server.openFund(1_000_000n, 'JUDICIAL_RELIEF');
  petition = await server.openFund(1_000_000n, 'PETITION_RELIEF');
  person.id = server.addPerson();
  // Five payments to one person, alternating funds, one second apart (the test clock ticks).
  for (let i = 1; i <= 5; i += 1) {
    const input = {
      fundId: i % 2 ? petition.id : judicial.id,
      personId: person.id,
      amount: String(i * 100),
      purpose: `第${i}次救助`,
      idempotencyKey: randomUUID(),
    };
    const res = await server.gql<{ recordDisbursement: { id: string } }>(RECORD_DISBURSEMENT, { input }, officer);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    paid.push(res.data.recordDisbursement.id);
  }
});
afterAll(() => server?.stop());

describe('reading funds and disbursements', () => {
  it("lists a person's disbursements newest first, page by page, with a total", async () => {
    const query = `query($filter: DisbursementFilter, $after: String) {
      disbursements(filter: $filter, first: 2, after: $after) { nodes { id amount paidAt } pageInfo { hasNextPage endCursor } totalCount }
    }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 3; pages += 1) {
      const res: GraphQLResponse<{ disbursements: Page<Payment> }> = await server.gql(
        query,
        { filter: { personId: person.id }, after },
        auditor,
      );
      expect(res.errors).toBeUndefined();
      const page: Page<Payment> = res.data!.disbursements;
      expect(page.totalCount).toBe(5);
      seen.push(...page.nodes.map((n) => n.id));
      after = page.pageInfo.endCursor;
      expect(page.pageInfo.hasNextPage).toBe(pages < 2);
    }
    expect(seen).toEqual([...paid].reverse());
  });

  it('filters disbursements by fund and funds by kind', async () => {
    const res = await server.gql<{
      disbursements: Page<Payment>;
      funds: Page<{ id: string; kind: string; balance: string }>;
    }>(
      `query($fundId: ID) {
      disbursements(filter: { fundId: $fundId }) { nodes { amount } totalCount }
      funds(filter: { kind: JUDICIAL_RELIEF }) { nodes { id kind balance } totalCount }
    }`,
      { fundId: judicial.id },
      auditor,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.disbursements.nodes.map((n) => n.amount)).toEqual(['400', '200']);
    expect(res.data!.funds.nodes).toEqual([{ id: judicial.id, kind: 'JUDICIAL_RELIEF', balance: '999400' }]);
  });

  it('refuses a filter id that is not an id, naming the field', async () => {
    const err = onlyError(
      await server.gql(`{ disbursements(filter: { caseId: "case-1" }) { totalCount } }`, {}, auditor),
    );
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.caseId' });
  });

  it('sums the relief a person received across funds', async () => {
    const res = await server.gql<{
      _entities: { reliefReceived: { total: string; count: number; disbursements: { fund: { id: string } }[] } }[];
    }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { reliefReceived { total count disbursements { fund { id } } } } } }`,
      { r: [{ __typename: 'Person', id: person.id }] },
      auditor,
    );
    expect(res.errors).toBeUndefined();
    const relief = res.data!._entities[0]!.reliefReceived;
    expect(relief).toMatchObject({ total: '1500', count: 5 });
    expect(relief.disbursements.map((d) => d.fund.id)).toEqual([
      petition.id,
      judicial.id,
      petition.id,
      judicial.id,
      petition.id,
    ]);
  });

  it('an auditor may read funds; a mediator may not; without a token nobody may', async () => {
    const query = `query($id: ID!) { fund(id: $id) { code balance } }`;
    const ok = await server.gql<{ fund: { balance: string } }>(query, { id: petition.id }, auditor);
    expect(ok.data?.fund.balance).toBe('999100');
    expect(onlyError(await server.gql(query, { id: petition.id }, await server.tokenFor(['MEDIATOR']))).code).toBe(
      'FORBIDDEN',
    );
    expect(onlyError(await server.gql(query, { id: petition.id }, null)).code).toBe('UNAUTHENTICATED');
  });
});

describe("relief shown on other subgraphs' entities", () => {
  const caseIds: string[] = [];
  beforeAll(async () => {
    for (let i = 0; i < 50; i += 1) {
      const caseId = server.addCase();
      caseIds.push(caseId);
      await server.recordPayment({
        fundId: petition.id,
        caseId,
        personId: server.addPerson(),
        amountFen: BigInt(1000 + i),
      });
    }
  });

  it('Case.disbursements for 50 cases costs one SQL statement', async () => {
    server.counter.reset();
    const res = await caseEntities<{ disbursements: { amount: string }[] }>(
      server,
      caseIds,
      'disbursements { amount }',
      auditor,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities.map((c) => c.disbursements.map((d) => d.amount))).toEqual(
      caseIds.map((_, i) => [String(1000 + i)]),
    );
    expect(server.counter.statements).toHaveLength(1);
  });

  it('a mediator sees the case but its disbursements are null with a FORBIDDEN error on that field', async () => {
    await expectFieldRefusedToMediator(server, caseIds[0]!, 'disbursements', '{ amount }');
  });

  it('several funds with their latest payments cost one statement for the pages and one for the totals', async () => {
    server.counter.reset();
    const res = await server.gql<{
      funds: Page<{ id: string; disbursements: Page<{ amount: string; fund: { id: string } }> }>;
    }>(
      `{
      funds(first: 10) { nodes { id disbursements(first: 2) { nodes { amount fund { id } } totalCount pageInfo { hasNextPage } } } }
    }`,
      {},
      auditor,
    );
    expect(res.errors).toBeUndefined();
    const byId = new Map(res.data!.funds.nodes.map((f) => [f.id, f.disbursements]));
    expect(byId.get(judicial.id)).toMatchObject({
      nodes: [{ amount: '400' }, { amount: '200' }],
      totalCount: 2,
      pageInfo: { hasNextPage: false },
    });
    expect(byId.get(petition.id)).toMatchObject({ totalCount: 53, pageInfo: { hasNextPage: true } });
    expect(byId.get(petition.id)!.nodes.every((n) => n.fund.id === petition.id)).toBe(true);
    // funds page, its count is not asked; the disbursement pages; their counts; the funds behind `fund` are cached rows.
    expect(server.counter.touching('funds').filter((q) => q.includes('"funds"."disbursements"'))).toHaveLength(2);
  });
});
