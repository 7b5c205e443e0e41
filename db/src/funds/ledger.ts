import { and, asc, eq, gte, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import type { Executor } from '../database';
import { countWhere, type Page, selectPage } from '../shared/sql';
import {
  type EntryKind,
  type ExternalAccount,
  type FundRow,
  fundsTable,
  type JournalEntryRow,
  journalEntriesTable,
  type LedgerLineRow,
  ledgerLinesTable,
} from './tables';

/** One side of an entry: a fund or an external account, and a signed amount (positive: into the fund). */
export type NewLine = { fundId: string; amountFen: bigint } | { externalAccount: ExternalAccount; amountFen: bigint };

export interface NewEntry {
  /** Made by the caller when another row must point at the entry before its lines exist. */
  id?: string;
  kind: EntryKind;
  memo: string;
  occurredAt: Date;
  recordedBy: string | null;
  reversesEntryId?: string | null;
  budgetYear?: number | null;
}

/** How much each kind of entry moved one fund's money within a period. */
export interface FundMovement {
  kind: EntryKind;
  /** Money into the fund (positive lines). */
  inFen: bigint;
  /** Money out of the fund (negative lines, as a positive number). */
  outFen: bigint;
}

const bigintSum = (column: typeof ledgerLinesTable.amountFen) =>
  sql<string>`coalesce(sum(${column}), 0)::text`.mapWith((v: string) => BigInt(v));

/**
 * SQL of the double-entry ledger (复式记账). The database itself checks that entries balance at
 * commit, refuses edits and deletions, and keeps each fund's cached balance equal to its lines.
 */
export function createLedgerRepository(db: Executor) {
  return {
    /** Writes the entry row alone; its lines must follow in the same transaction or the commit fails. */
    insertEntry: async (entry: NewEntry): Promise<JournalEntryRow> =>
      (await db.insert(journalEntriesTable).values(entry).returning())[0]!,

    /** The lines of an entry, in one statement; the fund lines move the cached balances. */
    insertLines: async (entryId: string, lines: NewLine[]): Promise<void> => {
      await db.insert(ledgerLinesTable).values(
        lines.map((l) => ({
          entryId,
          fundId: 'fundId' in l ? l.fundId : null,
          externalAccount: 'externalAccount' in l ? l.externalAccount : null,
          amountFen: l.amountFen,
        })),
      );
    },

    /**
     * Locks funds for the rest of the transaction, in id order so two transfers in opposite directions
     * cannot deadlock; a payment then reads a balance no one else can change before it commits. NO KEY
     * UPDATE, not UPDATE: concurrent payments already hold KEY SHARE on the fund through their rows'
     * foreign keys, and upgrading past those would deadlock them against each other.
     */
    lockFunds: (fundIds: string[]): Promise<FundRow[]> =>
      db
        .select()
        .from(fundsTable)
        .where(inArray(fundsTable.id, fundIds))
        .orderBy(asc(fundsTable.id))
        .for('no key update'),

    entriesByIds: (ids: readonly string[]): Promise<JournalEntryRow[]> =>
      db
        .select()
        .from(journalEntriesTable)
        .where(inArray(journalEntriesTable.id, [...ids])),

    linesByEntryIds: (entryIds: readonly string[]): Promise<LedgerLineRow[]> =>
      db
        .select()
        .from(ledgerLinesTable)
        .where(inArray(ledgerLinesTable.entryId, [...entryIds])),

    /** Each fund's balance as the sum of its lines, to compare with the cached balance. */
    ledgerBalances: (fundIds?: readonly string[]): Promise<{ fundId: string; balanceFen: bigint }[]> =>
      db
        .select({ fundId: sql<string>`${ledgerLinesTable.fundId}`, balanceFen: bigintSum(ledgerLinesTable.amountFen) })
        .from(ledgerLinesTable)
        .where(
          and(isNotNull(ledgerLinesTable.fundId), fundIds ? inArray(ledgerLinesTable.fundId, [...fundIds]) : undefined),
        )
        .groupBy(ledgerLinesTable.fundId),

    /** Each fund's allocations per budget year (预算年度), from the ledger; allocations without a year are left out. */
    allocationsByBudgetYear: (
      fundIds: readonly string[],
    ): Promise<{ fundId: string; year: number; allocatedFen: bigint }[]> =>
      db
        .select({
          fundId: sql<string>`${ledgerLinesTable.fundId}`,
          year: sql<number>`${journalEntriesTable.budgetYear}`,
          allocatedFen: bigintSum(ledgerLinesTable.amountFen),
        })
        .from(ledgerLinesTable)
        .innerJoin(journalEntriesTable, eq(journalEntriesTable.id, ledgerLinesTable.entryId))
        .where(
          and(
            inArray(ledgerLinesTable.fundId, [...fundIds]),
            eq(journalEntriesTable.kind, 'ALLOCATION'),
            isNotNull(journalEntriesTable.budgetYear),
          ),
        )
        .groupBy(ledgerLinesTable.fundId, journalEntriesTable.budgetYear)
        .orderBy(asc(journalEntriesTable.budgetYear)),

    /** The sum of every line ever written: zero in a double-entry ledger. */
    trialBalance: async (): Promise<bigint> =>
      (await db.select({ total: bigintSum(ledgerLinesTable.amountFen) }).from(ledgerLinesTable))[0]!.total,

    /** A fund's balance at a moment: its lines of entries that occurred before it. */
    balanceBefore: async (fundId: string, moment: Date): Promise<bigint> =>
      (
        await db
          .select({ total: bigintSum(ledgerLinesTable.amountFen) })
          .from(ledgerLinesTable)
          .innerJoin(journalEntriesTable, eq(journalEntriesTable.id, ledgerLinesTable.entryId))
          .where(and(eq(ledgerLinesTable.fundId, fundId), lt(journalEntriesTable.occurredAt, moment)))
      )[0]!.total,

    /** What moved a fund's money in [from, to), per kind of entry. */
    movements: (fundId: string, from: Date, to: Date): Promise<FundMovement[]> =>
      db
        .select({
          kind: journalEntriesTable.kind,
          inFen:
            sql<string>`coalesce(sum(${ledgerLinesTable.amountFen}) filter (where ${ledgerLinesTable.amountFen} > 0), 0)::text`.mapWith(
              (v: string) => BigInt(v),
            ),
          outFen:
            sql<string>`coalesce(-sum(${ledgerLinesTable.amountFen}) filter (where ${ledgerLinesTable.amountFen} < 0), 0)::text`.mapWith(
              (v: string) => BigInt(v),
            ),
        })
        .from(ledgerLinesTable)
        .innerJoin(journalEntriesTable, eq(journalEntriesTable.id, ledgerLinesTable.entryId))
        .where(
          and(
            eq(ledgerLinesTable.fundId, fundId),
            gte(journalEntriesTable.occurredAt, from),
            lt(journalEntriesTable.occurredAt, to),
          ),
        )
        .groupBy(journalEntriesTable.kind),
  };
}

export type LedgerRepository = ReturnType<typeof createLedgerRepository>;

export interface EntryFilter {
  fundId?: string | null;
  kind?: EntryKind[] | null;
}

const entryWhere = (f: EntryFilter) =>
  and(
    f.fundId
      ? sql`exists (select 1 from ${ledgerLinesTable} where ${ledgerLinesTable.entryId} = ${journalEntriesTable.id} and ${ledgerLinesTable.fundId} = ${f.fundId})`
      : undefined,
    f.kind?.length ? inArray(journalEntriesTable.kind, f.kind) : undefined,
  );

/** Listing the journal (日记账): entries filtered by fund or kind, paged in SQL. */
export function createJournalRepository(db: Executor) {
  return {
    list: (filter: EntryFilter, page: Page): Promise<JournalEntryRow[]> =>
      selectPage(db, journalEntriesTable, entryWhere(filter), page),
    count: (filter: EntryFilter): Promise<number> => countWhere(db, journalEntriesTable, entryWhere(filter)),
  };
}
