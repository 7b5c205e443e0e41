import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrationsFolder, openDatabase } from '@onedoor/db';
import { createLedgerRepository } from '@onedoor/db/funds';
import { sql } from 'drizzle-orm';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, describe, expect, it } from 'vitest';

const folder = mkdtempSync(join(tmpdir(), 'onedoor-foundation-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The migrations folder as it was before the ledger: the foundation alone. */
function foundationOnly(): string {
  cpSync(migrationsFolder, folder, { recursive: true });
  const journal = JSON.parse(readFileSync(join(folder, 'meta/_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  journal.entries = journal.entries.filter((e) => e.tag.endsWith('_foundation'));
  writeFileSync(join(folder, 'meta/_journal.json'), JSON.stringify(journal));
  return folder;
}

describe('migrating a database from before the ledger', () => {
  it("carries each fund's money and payments into balanced entries, keeping every balance", async () => {
    const opened = await openDatabase({ dataDir: 'memory://', migrate: false });
    const { db } = opened;
    // Both drivers' migrators share drizzle's journal table; the PGlite one wants its own database type.
    const migrator = db as unknown as PgliteDatabase;
    const rows = async <T>(query: string): Promise<T[]> => {
      const result: unknown = await db.execute(sql.raw(query));
      return (result as { rows: T[] }).rows;
    };
    await migrate(migrator, { migrationsFolder: foundationOnly() });
    await db.execute(
      sql.raw(`
      insert into funds.funds (id, code, name, kind, balance_fen, created_at) values
        ('00000000-0000-4000-8000-000000000001', 'A', '甲', 'PETITION_RELIEF', 70000, '2026-01-10T00:00Z'),
        ('00000000-0000-4000-8000-000000000002', 'B', '乙', 'MEDICAL_RELIEF', 0, '2026-01-10T00:00Z'),
        ('00000000-0000-4000-8000-000000000003', 'C', '丙', 'WORK_FUND', 0, '2026-01-10T00:00Z')`),
    );
    await db.execute(
      sql.raw(`
      insert into funds.disbursements (fund_id, person_id, amount_fen, purpose, idempotency_key, paid_at) values
        ('00000000-0000-4000-8000-000000000001', gen_random_uuid(), 20000, 'x', 'k1', '2026-01-05T00:00Z'),
        ('00000000-0000-4000-8000-000000000001', gen_random_uuid(), 10000, 'y', 'k2', '2026-02-05T00:00Z'),
        ('00000000-0000-4000-8000-000000000002', gen_random_uuid(), 5000, 'z', 'k3', '2026-02-06T00:00Z')`),
    );

    await migrate(migrator, { migrationsFolder });

    const balances = await rows<{ code: string; balance_fen: string }>(
      'select code, balance_fen::text from funds.funds order by code',
    );
    expect(balances).toEqual([
      { code: 'A', balance_fen: '70000' },
      { code: 'B', balance_fen: '0' },
      { code: 'C', balance_fen: '0' },
    ]);
    const ledger = createLedgerRepository(db);
    expect(await ledger.trialBalance()).toBe(0n);
    expect(
      new Map((await ledger.ledgerBalances()).map((b) => [b.fundId, b.balanceFen])).get(
        '00000000-0000-4000-8000-000000000001',
      ),
    ).toBe(70_000n);
    expect(await rows('select id from funds.disbursements where journal_entry_id is null')).toHaveLength(0);
    // The opening allocation precedes the earliest payment, so no period report ever shows a negative balance.
    const opening = await rows<{ occurred_at: Date }>(
      `select occurred_at from funds.journal_entries where kind = 'ALLOCATION' and memo like 'Opening%' order by occurred_at limit 1`,
    );
    expect(new Date(opening[0]!.occurred_at).toISOString()).toBe('2026-01-05T00:00:00.000Z');
    await opened.close();
  });
});
