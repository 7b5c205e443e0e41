import { createFieldCipher } from '@onedoor/db';
import { createLedgerRepository, disbursementsTable, fundsTable, journalEntriesTable } from '@onedoor/db/funds';
import { FUND_SPECS, seedDemo } from '@onedoor/gateway/seed';
import { loadConfig } from '@onedoor/subgraph-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemo({
    db: database.db,
    cipher: createFieldCipher(loadConfig({ NODE_ENV: 'test' }).dataKey),
    now: new Date('2026-06-30T04:00:00Z'),
  });
});
afterAll(() => database?.close());

describe('the demo funds on the ledger', () => {
  it("every balance is the sum of the fund's ledger lines, the ledger sums to zero, every payment has its entry", async () => {
    const ledger = createLedgerRepository(database.db);
    expect(await ledger.trialBalance()).toBe(0n);
    const sums = new Map((await ledger.ledgerBalances()).map((b) => [b.fundId, b.balanceFen]));
    const funds = await database.db.select().from(fundsTable);
    expect(funds).toHaveLength(FUND_SPECS.length);
    for (const fund of funds) expect(fund.balanceFen, fund.code).toBe(sums.get(fund.id));
    const entries = new Map((await database.db.select().from(journalEntriesTable)).map((e) => [e.id, e]));
    const payments = await database.db.select().from(disbursementsTable);
    for (const p of payments)
      expect(entries.get(p.journalEntryId)).toMatchObject({ kind: 'DISBURSEMENT', occurredAt: p.paidAt });
    expect([...entries.values()].filter((e) => e.kind === 'ALLOCATION')).toHaveLength(FUND_SPECS.length);
  });
});
