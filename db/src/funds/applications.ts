import { and, asc, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Executor } from '../database';
import { insertOne, rowsWhereIn, updateRow } from '../shared/rows';
import { filteredList } from '../shared/sql';
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
    equalsAll(reliefApplicationsTable, f, ['fundId', 'personId', 'caseId']),
    f.status?.length ? inArray(reliefApplicationsTable.status, f.status) : undefined,
  );

/** SQL for relief applications (救助申请) and their follow-up notes. */
export function createApplicationsRepository(db: Executor) {
  const applications = filteredList(db, reliefApplicationsTable, where);
  return {
    insert: (row: NewReliefApplication): Promise<ReliefApplicationRow> => insertOne(db, reliefApplicationsTable, row),

    byIds: (ids: readonly string[]): Promise<ReliefApplicationRow[]> =>
      rowsWhereIn(db, reliefApplicationsTable, reliefApplicationsTable.id, ids),

    /**
     * Moves an application on only from the status the caller read; `null` when someone else moved it
     * first, so two approvers (or an approver and a payer) cannot both act on one state.
     */
    transition: async (
      id: string,
      from: ApplicationStatus,
      change: ApplicationChange,
    ): Promise<ReliefApplicationRow | null> =>
      (await updateRow(
        db,
        reliefApplicationsTable,
        and(eq(reliefApplicationsTable.id, id), eq(reliefApplicationsTable.status, from)),
        change,
      )) ?? null,

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

    list: applications.page,
    count: applications.count,

    byCaseIds: (caseIds: readonly string[]): Promise<ReliefApplicationRow[]> => {
      const a = reliefApplicationsTable;
      return rowsWhereIn(db, a, a.caseId, caseIds, desc(a.proposedAt), desc(a.id));
    },

    insertFollowUp: (row: typeof reliefFollowUpsTable.$inferInsert): Promise<ReliefFollowUpRow> =>
      insertOne(db, reliefFollowUpsTable, row),

    followUpsByApplicationIds: (ids: readonly string[]): Promise<ReliefFollowUpRow[]> => {
      const f = reliefFollowUpsTable;
      return rowsWhereIn(db, f, f.applicationId, ids, asc(f.recordedAt), asc(f.id));
    },
  };
}

export type ApplicationsRepository = ReturnType<typeof createApplicationsRepository>;
