import { disbursementsTable } from '@onedoor/db/funds';
import { describe, expect, it } from 'vitest';
import { openTestDatabase } from '../support/database';
import { server, startFileServer, team } from './file-server';
import { approved, expectLedgerConsistent, expectPaymentsAudited, newKey, PAY, type Paid } from './relief';

// PostgreSQL only (PGlite runs one transaction at a time): a pool large enough that payments really overlap.
startFileServer({ database: () => openTestDatabase({ poolSize: 25 }) });

const outcome = (results: Paid[]) =>
  results.map((r) => (r.data?.payReliefApplication ? 'PAID' : r.errors?.[0]?.extensions?.code));

/** `n` approved applications of `amount` fen each, made a few at a time. */
async function approvedApplications(fundId: string, n: number, amount: string): Promise<string[]> {
  const ids: string[] = [];
  while (ids.length < n)
    ids.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(20, n - ids.length) }, () => approved(server, team, fundId, amount)),
      )),
    );
  return ids;
}

describe('paying approved relief from one fund, all at once', () => {
  it('200 payments of ¥123.45 from a fund that affords exactly 37: 37 are paid, 163 refused with CONFLICT, the ledger balances', async () => {
    const amount = 12_345n;
    const fund = await server.openFund(amount * 37n + 12_344n);
    const applications = await approvedApplications(fund.id, 200, amount.toString());

    const results = await Promise.all(
      applications.map((id) => server.gql(PAY, { id, key: newKey() }, team.officer) as Promise<Paid>),
    );

    const codes = outcome(results);
    expect(codes.filter((c) => c === 'PAID')).toHaveLength(37);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(163);
    expect(await server.balanceOf(fund.id)).toBe(12_344n);
    await expectPaymentsAudited(server, fund.id, 'payReliefApplication', 37);
    await expectLedgerConsistent(server, [fund.id]);
  });

  it('one idempotency key sent 50 times at once pays once, and every answer is that payment', async () => {
    const fund = await server.openFund(1_000_000n);
    const [id] = await approvedApplications(fund.id, 1, '30000');
    const key = newKey();

    const results = await Promise.all(
      Array.from({ length: 50 }, () => server.gql(PAY, { id, key }, team.officer) as Promise<Paid>),
    );

    expect(outcome(results)).toEqual(Array(50).fill('PAID'));
    expect(new Set(results.map((r) => r.data!.payReliefApplication.id)).size).toBe(1);
    expect(await server.balanceOf(fund.id)).toBe(970_000n);
    expect((await server.db.select().from(disbursementsTable)).filter((d) => d.fundId === fund.id)).toHaveLength(1);
    await expectLedgerConsistent(server, [fund.id]);
  });

  it('one application paid under 10 different keys at once is paid once; the others are CONFLICT', async () => {
    const fund = await server.openFund(1_000_000n);
    const [id] = await approvedApplications(fund.id, 1, '30000');

    const results = await Promise.all(
      Array.from({ length: 10 }, () => server.gql(PAY, { id, key: newKey() }, team.officer) as Promise<Paid>),
    );

    const codes = outcome(results);
    expect(codes.filter((c) => c === 'PAID')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(9);
    expect(await server.balanceOf(fund.id)).toBe(970_000n);
    await expectLedgerConsistent(server, [fund.id]);
  });
});
