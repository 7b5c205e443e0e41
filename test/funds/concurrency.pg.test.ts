import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../support/database';
import { type FundsServer, type GraphQLResponse, RECORD_DISBURSEMENT, startFundsServer } from './funds-server';
import { expectPaymentsAudited } from './relief';

// PostgreSQL only (PGlite runs one transaction at a time): a fresh database per file, a pool large
// enough that the payments really run side by side.
let server: FundsServer;
let officer: string;
beforeAll(async () => {
  server = await startFundsServer({ database: await openTestDatabase({ poolSize: 25 }) });
  officer = await server.tokenFor(['FUND_OFFICER']);
});
afterAll(() => server?.stop());

type Paid = GraphQLResponse<{ recordDisbursement: { id: string } }>;

const codes = (results: Paid[]) =>
  results.map((r) => (r.data?.recordDisbursement ? 'PAID' : r.errors?.[0]?.extensions?.code));

describe('concurrent payments from one fund', () => {
  it('20 payments of ¥1.00 from a fund holding ¥10.00: exactly 10 are paid and the fund ends at zero', async () => {
    const fund = await server.openFund(1_000n);
    const results = await Promise.all(
      Array.from(
        { length: 20 },
        () =>
          server.gql(
            RECORD_DISBURSEMENT,
            {
              input: {
                fundId: fund.id,
                personId: server.addPerson(),
                amount: '100',
                purpose: '临时救助',
                idempotencyKey: randomUUID(),
              },
            },
            officer,
          ) as Promise<Paid>,
      ),
    );

    const outcome = codes(results);
    expect(outcome.filter((c) => c === 'PAID')).toHaveLength(10);
    expect(outcome.filter((c) => c === 'CONFLICT')).toHaveLength(10);
    expect(await server.balanceOf(fund.id)).toBe(0n);
    await expectPaymentsAudited(server, fund.id, 'recordDisbursement', 10);
  });

  it('10 retries of one payment sent at once pay once and all return the same disbursement', async () => {
    const fund = await server.openFund(1_000n);
    const input = {
      fundId: fund.id,
      personId: server.addPerson(),
      amount: '300',
      purpose: '临时救助',
      idempotencyKey: randomUUID(),
    };
    const results = await Promise.all(
      Array.from({ length: 10 }, () => server.gql(RECORD_DISBURSEMENT, { input }, officer) as Promise<Paid>),
    );

    expect(codes(results)).toEqual(Array(10).fill('PAID'));
    expect(new Set(results.map((r) => r.data!.recordDisbursement.id)).size).toBe(1);
    expect(await server.balanceOf(fund.id)).toBe(700n);
  });
});
