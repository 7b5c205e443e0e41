import { and, asc, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Executor } from '../database';
import { countWhere, type Page, selectPage } from '../shared/sql';
import { equalsAll } from './filters';
import {
  type ApplicationStatus,
  type ReliefApplicationRow,
  reliefApplicationsTable,
  type ReliefFollowUpRow,
  reliefFollowUpsTable,
} from './tables';

export interface ApplicationFilter {
  fundId?: string | null;
  personId?: string | null;
  caseId?: string | null;
  status?: ApplicationStatus[] | null;
}

export type NewReliefApplication = typeof reliefApplicationsTable.$inferInsert;
type ApplicationChange = Partial<Omit<NewReliefApplication, 'id' | 'fundId' | 'personId' | 'amountFen' | 'proposedBy'>>;

/** Applications that hold (or have used) part of a person's yearly allowance from a fund. */
const COMMITTED: ApplicationStatus[] = ['AWAITING_SECOND_APPROVAL', 'APPROVED', 'PAID'];

const where = (f: ApplicationFilter) =>
  and(
    equalsAll([
      [reliefApplicationsTable.fundId, f.fundId],
      [reliefApplicationsTable.personId, f.personId],
      [reliefApplicationsTable.caseId, f.caseId],
    ]),
    f.status?.length ? inArray(reliefApplicationsTable.status, f.status) : undefined,
  );

/** SQL for relief applications (救助申请) and their follow-up notes. */
export function createApplicationsRepository(db: Executor) {
  return {
    insert: async (row: NewReliefApplication): Promise<ReliefApplicationRow> =>
      (await db.insert(reliefApplicationsTable).values(row).returning())[0]!,

    byIds: (ids: readonly string[]): Promise<ReliefApplicationRow[]> =>
      db
        .select()
        .from(reliefApplicationsTable)
        .where(inArray(reliefApplicationsTable.id, [...ids])),

    /**
     * Moves an application on only from the status the caller read; `null` when someone else moved it
     * first, so two approvers (or an approver and a payer) cannot both act on one state.
     */
    transition: async (
      id: string,
      from: ApplicationStatus,
      change: ApplicationChange,
    ): Promise<ReliefApplicationRow | null> =>
      (
        await db
          .update(reliefApplicationsTable)
          .set(change)
          .where(and(eq(reliefApplicationsTable.id, id), eq(reliefApplicationsTable.status, from)))
          .returning()
      )[0] ?? null,

    /**
     * Serialises decisions about one person's money from one fund until the transaction ends, so two
     * approvals cannot both fit under the yearly cap that only one of them fits.
     */
    lockPersonInFund: async (fundId: string, personId: string): Promise<void> => {
      await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`${fundId}:${personId}`}, 0))`);
    },

    /** What a person holds or received from a fund in [from, to), by proposal time, excluding one application. */
    committedFen: async (fundId: string, personId: string, from: Date, to: Date, except?: string): Promise<bigint> => {
      const [row] = await db
        .select({ total: sql<string>`coalesce(sum(${reliefApplicationsTable.amountFen}), 0)::text` })
        .from(reliefApplicationsTable)
        .where(
          and(
            eq(reliefApplicationsTable.fundId, fundId),
            eq(reliefApplicationsTable.personId, personId),
            inArray(reliefApplicationsTable.status, COMMITTED),
            gte(reliefApplicationsTable.proposedAt, from),
            lt(reliefApplicationsTable.proposedAt, to),
            except ? sql`${reliefApplicationsTable.id} <> ${except}` : undefined,
          ),
        );
      return BigInt(row?.total ?? '0');
    },

    list: (filter: ApplicationFilter, page: Page): Promise<ReliefApplicationRow[]> =>
      selectPage(db, reliefApplicationsTable, where(filter), page),
    count: (filter: ApplicationFilter): Promise<number> => countWhere(db, reliefApplicationsTable, where(filter)),

    byCaseIds: (caseIds: readonly string[]): Promise<ReliefApplicationRow[]> =>
      db
        .select()
        .from(reliefApplicationsTable)
        .where(inArray(reliefApplicationsTable.caseId, [...caseIds]))
        .orderBy(desc(reliefApplicationsTable.proposedAt), desc(reliefApplicationsTable.id)),

    insertFollowUp: async (row: typeof reliefFollowUpsTable.$inferInsert): Promise<ReliefFollowUpRow> =>
      (await db.insert(reliefFollowUpsTable).values(row).returning())[0]!,

    followUpsByApplicationIds: (ids: readonly string[]): Promise<ReliefFollowUpRow[]> =>
      db
        .select()
        .from(reliefFollowUpsTable)
        .where(inArray(reliefFollowUpsTable.applicationId, [...ids]))
        .orderBy(asc(reliefFollowUpsTable.recordedAt), asc(reliefFollowUpsTable.id)),
  };
}

export type ApplicationsRepository = ReturnType<typeof createApplicationsRepository>;
