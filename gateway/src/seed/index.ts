import { auditEventsTable } from '@onedoor/db/audit';
import { createNoticesRepository } from '@onedoor/db/cases';
import type { Database, Executor, FieldCipher } from '@onedoor/db';
import { accountsTable, hashPassword } from '@onedoor/db/people';
import { DEMO_PASSWORD, seedAccounts } from './accounts';
import { seedCases } from './cases';
import { seedCategories, seedRoutingRules } from './categories';
import { createSeedContext } from './context';
import { seedFunds } from './funds';
import { seedGrid } from './grid';
import { COUNTY } from './names';
import { seedOrganisations } from './organisations';
import { seedPeople } from './people';
import { seedResidencies } from './residencies';

export { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount, type DemoUsername } from './accounts';
export { CATEGORY_TREE, seedCategories, type SeededCategories } from './categories';
export { FUND_SPECS, type FundSpec } from './funds';

export interface SeedDemoOptions {
  db: Database;
  cipher: FieldCipher;
  /** The moment the demo is built around (cases are received relative to it); defaults to the current time. */
  now?: Date;
}

export interface SeedSummary {
  county: string;
  gridUnits: number;
  townships: number;
  workAreas: number;
  villages: number;
  grids: number;
  organisations: number;
  categories: number;
  subCategories: number;
  persons: number;
  poolMemberships: number;
  accounts: number;
  cases: number;
  casePetitioners: number;
  caseEvents: number;
  funds: number;
  disbursements: number;
  /** Everything the funds paid out, in fen (a decimal string, as money is shown). */
  disbursedFen: string;
  durationMs: number;
}

/**
 * Writes the demo county (东岳县) in one transaction: grid, organisations, categories, people and pools,
 * one account per role, ~300 cases, funds and payments, and one `SEEDED` audit event. Deterministic for a
 * given `now` (a fixed PRNG seed; only encryption nonces and the password salt differ between runs).
 */
export async function seedDemo({ db, cipher, now = new Date() }: SeedDemoOptions): Promise<SeedSummary> {
  const started = performance.now();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const summary = await db.transaction(async (tx) => {
    const ctx = createSeedContext(tx, cipher, now);
    const grid = await seedGrid(ctx);
    const organisations = await seedOrganisations(ctx, grid);
    await seedResidencies(ctx, organisations);
    const categories = await seedCategories(tx, now);
    await seedRoutingRules(tx, { categories, organisations });
    // The name and document-number prefix the demo centre's written notices carry.
    await createNoticesRepository(tx).saveSettings({
      centreName: `${COUNTY.name}群众诉求服务中心`,
      numberPrefix: '东信',
      updatedAt: now,
    });
    const people = await seedPeople(ctx, grid, organisations);
    const accounts = await seedAccounts(ctx, { grid, organisations, people, passwordHash });
    const cases = await seedCases(ctx, { organisations, categories, people, accounts });
    const funds = await seedFunds(ctx, { organisations, cases, accounts });
    const accountCount = Object.keys(accounts).length;
    const staffPersons = Object.values(accounts).filter((a) => a.personId !== people.brandMediator.personId).length;
    const counts: Omit<SeedSummary, 'durationMs'> = {
      county: COUNTY.name,
      gridUnits: grid.unitCount,
      townships: grid.townships.length,
      workAreas: grid.workAreaCount,
      villages: grid.villages.length,
      grids: grid.grids.length,
      organisations: organisations.all.length,
      categories: categories.topLevel.length,
      subCategories: categories.subCategories.length,
      persons: people.persons + staffPersons,
      poolMemberships: people.memberships,
      accounts: accountCount,
      cases: cases.length,
      casePetitioners: cases.reduce((sum, c) => sum + c.petitioners.length, 0),
      caseEvents: cases.length + cases.filter((c) => c.status !== 'REGISTERED').length,
      funds: funds.funds,
      disbursements: funds.disbursements,
      disbursedFen: funds.paidFen.toString(),
    };
    await tx.insert(auditEventsTable).values({
      at: now,
      subgraph: 'seed',
      action: 'SEEDED',
      entityType: 'GridUnit',
      entityId: grid.county.id,
      actorAccountId: null,
      requestId: null,
      data: counts,
    });
    return counts;
  });
  return { ...summary, durationMs: Math.round(performance.now() - started) };
}

/** Whether the demo (or any real data) is already there: some account exists. */
export async function isSeeded(db: Executor): Promise<boolean> {
  const rows = await db.select({ id: accountsTable.id }).from(accountsTable).limit(1);
  return rows.length > 0;
}
