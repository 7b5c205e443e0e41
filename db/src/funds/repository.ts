import { and, asc, count, desc, eq, getTableColumns, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../database';
import { firstRow, insertOne, rowsWhereIn, updateRow } from '../shared/rows';
import { filteredList, type Page } from '../shared/sql';
import { equalsAll } from './filters';
import { type DisbursementRow, disbursementsTable, type FundKind, type FundRow, fundsTable } from './tables';

export interface FundFilter {
  kind?: FundKind | null;
}

export interface DisbursementFilter {
  fundId?: string | null;
  caseId?: string | null;
  personId?: string | null;
}

export type NewFund = typeof fundsTable.$inferInsert;
export type NewDisbursement = typeof disbursementsTable.$inferInsert;
export type FundRules = Pick<
  NewFund,
  'perPersonYearlyCapFen' | 'secondApprovalAboveFen' | 'requiresVulnerability' | 'eligibleCaseStatuses'
>;

/** SQL for the funds schema: relief funds (救助基金) and the disbursements paid from them. */
export function createFundsRepository(db: Executor) {
  const funds = filteredList(db, fundsTable, (f: FundFilter) => equalsAll(fundsTable, f, ['kind']));
  const disbursements = filteredList(db, disbursementsTable, (f: DisbursementFilter) =>
    equalsAll(disbursementsTable, f, ['fundId', 'caseId', 'personId']),
  );
  /** Payments matching `where`, newest first, as a case or a person shows them. */
  const newestPaymentsWhere = (where: SQL): Promise<DisbursementRow[]> =>
    db
      .select()
      .from(disbursementsTable)
      .where(where)
      .orderBy(desc(disbursementsTable.paidAt), desc(disbursementsTable.id));

  return {
    /** Opens a fund at a zero balance; money enters through the ledger. */
    insertFund: (row: Omit<NewFund, 'balanceFen'>): Promise<FundRow> => insertOne(db, fundsTable, row),

    fundsByIds: (ids: readonly string[]): Promise<FundRow[]> => rowsWhereIn(db, fundsTable, fundsTable.id, ids),

    listFunds: funds.page,
    countFunds: funds.count,

    disbursementsByIds: (ids: readonly string[]): Promise<DisbursementRow[]> =>
      rowsWhereIn(db, disbursementsTable, disbursementsTable.id, ids),

    listDisbursements: disbursements.page,
    countDisbursements: disbursements.count,

    /**
     * One page of disbursements for each of many funds in one statement: the same page fragments
     * applied within each fund (a window over fund_id), so a list of funds with their payments is not N+1.
     */
    disbursementPagesByFundIds: async (fundIds: readonly string[], page: Page): Promise<DisbursementRow[]> => {
      const ranked = db
        .select({
          ...getTableColumns(disbursementsTable),
          rank: sql<number>`row_number() over (partition by ${disbursementsTable.fundId} order by ${sql.join(page.orderBy, sql`, `)})`.as(
            'rank',
          ),
        })
        .from(disbursementsTable)
        .where(and(inArray(disbursementsTable.fundId, [...fundIds]), page.after))
        .as('ranked');
      const rows = await db
        .select()
        .from(ranked)
        .where(and(sql`${ranked.rank} > ${page.offset}`, sql`${ranked.rank} <= ${page.offset + page.limit}`))
        .orderBy(asc(ranked.fundId), asc(ranked.rank));
      return rows.map(({ rank: _rank, ...row }) => row);
    },

    countDisbursementsByFundIds: (fundIds: readonly string[]): Promise<{ fundId: string; n: number }[]> =>
      db
        .select({ fundId: disbursementsTable.fundId, n: count() })
        .from(disbursementsTable)
        .where(inArray(disbursementsTable.fundId, [...fundIds]))
        .groupBy(disbursementsTable.fundId),

    disbursementsByCaseIds: (caseIds: readonly string[]): Promise<DisbursementRow[]> =>
      newestPaymentsWhere(inArray(disbursementsTable.caseId, [...caseIds])),

    disbursementsByPersonIds: (personIds: readonly string[]): Promise<DisbursementRow[]> =>
      newestPaymentsWhere(inArray(disbursementsTable.personId, [...personIds])),

    disbursementsByApplicationIds: (ids: readonly string[]): Promise<DisbursementRow[]> =>
      rowsWhereIn(db, disbursementsTable, disbursementsTable.applicationId, ids),

    disbursementByIdempotencyKey: async (key: string): Promise<DisbursementRow | null> =>
      (await firstRow(db, disbursementsTable, eq(disbursementsTable.idempotencyKey, key))) ?? null,

    /**
     * Inserts a disbursement unless its idempotency key (or its application) is taken; `null` then. A
     * concurrent insert with the same key waits for the first transaction and then inserts nothing, so
     * one key pays once and one application is paid once.
     */
    insertDisbursementOnce: async (row: NewDisbursement): Promise<DisbursementRow | null> =>
      (await db.insert(disbursementsTable).values(row).onConflictDoNothing().returning())[0] ?? null,

    /** Records a payment's reversal on it; `null` when it was already reversed. */
    markReversed: async (
      id: string,
      reversal: { entryId: string; at: Date; by: string | null; reason: string },
    ): Promise<DisbursementRow | null> =>
      (await updateRow(
        db,
        disbursementsTable,
        and(eq(disbursementsTable.id, id), isNull(disbursementsTable.reversalEntryId)),
        {
          reversalEntryId: reversal.entryId,
          reversedAt: reversal.at,
          reversedBy: reversal.by,
          reversalReason: reversal.reason,
          updatedAt: reversal.at,
        },
      )) ?? null,

    /** Changes a fund's eligibility and approval rules. */
    updateFundRules: async (fundId: string, rules: FundRules, at: Date): Promise<FundRow | null> =>
      (await updateRow(db, fundsTable, eq(fundsTable.id, fundId), { ...rules, updatedAt: at })) ?? null,
  };
}

export type FundsRepository = ReturnType<typeof createFundsRepository>;

export * from './ledger';
export * from './applications';
export * from './reports';
export * from './legal-aid';
