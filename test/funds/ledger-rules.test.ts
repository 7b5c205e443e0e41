import { createLedgerRepository, journalEntriesTable, ledgerLinesTable } from '@onedoor/db/funds';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { server, startFileServer, team } from './file-server';
import { onlyError } from './funds-server';
import { approved, expectLedgerConsistent, newKey, ok, pay, REVERSE } from './relief';

startFileServer();

/** Runs raw SQL in a transaction that must be refused by the database. */
async function refused(statement: ReturnType<typeof sql>): Promise<string> {
  try {
    await server.db.transaction(async (tx) => {
      await tx.execute(statement);
    });
  } catch (error) {
    let e: unknown = error;
    while (e && typeof e === 'object' && 'cause' in e && e.cause) e = e.cause;
    return (e as Error).message;
  }
  throw new Error('the database accepted it');
}

describe('the database keeps the ledger honest, whatever the code does', () => {
  it('refuses an entry whose lines do not sum to zero', async () => {
    const fund = await server.openFund(0n);
    const message =
      await refused(sql`with e as (insert into funds.journal_entries (kind, memo, occurred_at) values ('ALLOCATION', 'x', now()) returning id)
      insert into funds.ledger_lines (entry_id, fund_id, amount_fen) select id, ${fund.id}::uuid, 100 from e`);
    expect(message).toContain('does not balance');
    expect(await server.balanceOf(fund.id)).toBe(0n);
  });

  it('refuses an entry without lines', async () => {
    expect(
      await refused(sql`insert into funds.journal_entries (kind, memo, occurred_at) values ('ALLOCATION', 'x', now())`),
    ).toContain('does not balance');
  });

  it('refuses a payment that would take a fund below zero, even written straight in SQL', async () => {
    const fund = await server.openFund(500n);
    const message =
      await refused(sql`with e as (insert into funds.journal_entries (kind, memo, occurred_at) values ('DISBURSEMENT', 'x', now()) returning id)
      insert into funds.ledger_lines (entry_id, fund_id, external_account, amount_fen)
      select id, ${fund.id}::uuid, null, -501 from e union all select id, null, 'PAYEES', 501 from e`);
    expect(message).toContain('funds_balance_not_negative');
    expect(await server.balanceOf(fund.id)).toBe(500n);
  });

  it('refuses lines added to an entry after it was committed, even balanced ones', async () => {
    const fund = await server.openFund(500n);
    const [entry] = (await server.db.select().from(journalEntriesTable))
      .filter((e) => e.kind === 'ALLOCATION')
      .slice(-1);
    const message = await refused(sql`insert into funds.ledger_lines (entry_id, fund_id, external_account, amount_fen)
      values (${entry!.id}::uuid, ${fund.id}::uuid, null, 1000000), (${entry!.id}::uuid, null, 'BUDGET', -1000000)`);
    expect(message).toContain('sealed');
    expect(await server.balanceOf(fund.id)).toBe(500n);
  });

  it('refuses to edit or delete entries and lines, and to set a balance by hand', async () => {
    const fund = await server.openFund(500n);
    expect(await refused(sql`update funds.journal_entries set memo = 'edited'`)).toContain('append-only');
    expect(await refused(sql`delete from funds.ledger_lines`)).toContain('append-only');
    expect(await refused(sql`update funds.ledger_lines set amount_fen = amount_fen * 2`)).toContain('append-only');
    expect(await refused(sql`update funds.funds set balance_fen = 1000000 where id = ${fund.id}::uuid`)).toContain(
      'only through ledger lines',
    );
    expect(
      await refused(sql`insert into funds.funds (code, name, kind, balance_fen) values ('X-1', 'x', 'WORK_FUND', 100)`),
    ).toContain('zero balance');
    expect(await server.balanceOf(fund.id)).toBe(500n);
  });
});

describe('reversing a payment (冲正)', () => {
  it('puts the money back through a REVERSAL entry, keeps the original entry, and happens once', async () => {
    const fund = await server.openFund(100_000n);
    const id = await approved(server, team, fund.id, '40000');
    const paid = await pay(server, team.officer, id);
    expect(await server.balanceOf(fund.id)).toBe(60_000n);
    expect(onlyError(await server.gql(REVERSE, { id: paid.id, reason: '重复申领' }, team.officer)).code).toBe(
      'FORBIDDEN',
    );

    const reversed = ok(
      await server.gql<{ reverseDisbursement: unknown }>(REVERSE, { id: paid.id, reason: '重复申领' }, team.approver),
    ).reverseDisbursement;
    expect(reversed).toEqual({
      id: paid.id,
      status: 'REVERSED',
      reversalReason: '重复申领',
      fund: { balance: '100000' },
    });
    expect(onlyError(await server.gql(REVERSE, { id: paid.id, reason: '再次' }, team.approver))).toMatchObject({
      code: 'CONFLICT',
    });
    expect(await server.balanceOf(fund.id)).toBe(100_000n);

    const read = ok(
      await server.gql<{
        disbursements: {
          nodes: {
            journalEntry: { kind: string; lines: { amount: string }[] };
            reversalEntry: { kind: string; reverses: { kind: string } };
          }[];
        };
      }>(
        `query($f: ID) { disbursements(filter: { fundId: $f }) { nodes {
        journalEntry { kind lines { amount } } reversalEntry { kind reverses { kind } } } } }`,
        { f: fund.id },
        team.approver,
      ),
    );
    const node = read.disbursements.nodes[0]!;
    expect(node.journalEntry.kind).toBe('DISBURSEMENT');
    expect(node.journalEntry.lines.map((l) => l.amount).sort()).toEqual(['-40000', '40000']);
    expect(node.reversalEntry).toEqual({ kind: 'REVERSAL', reverses: { kind: 'DISBURSEMENT' } });
    const application = ok(
      await server.gql<{ reliefApplication: { status: string } }>(
        `query($id: ID!) { reliefApplication(id: $id) { status } }`,
        { id },
        team.officer,
      ),
    );
    expect(application.reliefApplication.status).toBe('REVERSED');
    await expectLedgerConsistent(server, [fund.id]);
  });
});

describe('moving money', () => {
  it('a transfer between funds is one balanced entry; the source cannot go below zero', async () => {
    const from = await server.openFund(10_000n);
    const to = await server.openFund(0n);
    const transfer = `mutation($input: TransferBetweenFundsInput!) { transferBetweenFunds(input: $input) { kind lines { amount fund { id } } } }`;
    const input = { fromFundId: from.id, toFundId: to.id, amount: '7000', memo: '年中调剂' };
    expect(onlyError(await server.gql(transfer, { input }, team.officer)).code).toBe('FORBIDDEN');
    ok(await server.gql(transfer, { input }, team.approver));
    expect(onlyError(await server.gql(transfer, { input }, team.approver))).toMatchObject({
      code: 'CONFLICT',
      field: 'input.amount',
    });
    expect([await server.balanceOf(from.id), await server.balanceOf(to.id)]).toEqual([3_000n, 7_000n]);
    await expectLedgerConsistent(server, [from.id, to.id]);
  });

  it('opening a fund: an approver may, an officer may not; it opens at zero with its rules', async () => {
    const open = `mutation($input: OpenFundInput!) { openFund(input: $input) { code balance perPersonYearlyCap requiresVulnerability } }`;
    const input = {
      code: `XF-${newKey().slice(0, 6)}`,
      name: '县信访救助基金',
      kind: 'PETITION_RELIEF',
      rules: { perPersonYearlyCap: '2000000' },
    };
    expect(onlyError(await server.gql(open, { input }, team.officer)).code).toBe('FORBIDDEN');
    expect(ok(await server.gql<{ openFund: unknown }>(open, { input }, team.approver)).openFund).toEqual({
      code: input.code,
      balance: '0',
      perPersonYearlyCap: '2000000',
      requiresVulnerability: false,
    });
    expect(onlyError(await server.gql(open, { input }, team.approver))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.code',
    });
  });

  it("after everything, every fund's cached balance equals its ledger sum and the ledger sums to zero", async () => {
    const funds = (await createLedgerRepository(server.db).ledgerBalances()).map((b) => b.fundId);
    expect(funds.length).toBeGreaterThan(3);
    await expectLedgerConsistent(server, funds);
    const entries = await server.db.select().from(journalEntriesTable);
    const lines = await server.db.select().from(ledgerLinesTable);
    for (const entry of entries) {
      expect(lines.filter((l) => l.entryId === entry.id).reduce((s, l) => s + l.amountFen, 0n)).toBe(0n);
    }
  });
});
