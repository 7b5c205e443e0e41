import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../database';
import { insertJson } from './bulk';
import { chunks, validIds } from './ids';
import { insertOne } from '../shared/rows';
import { selectWhereIn } from './rows';
import {
  type AvailabilityExceptionRow,
  availabilityExceptionsTable,
  type CertificationRow,
  certificationsTable,
  mediationRecordsTable,
  membershipStatusHistoryTable,
  type Pool,
  type PoolMembershipRow,
  poolMembershipsTable,
  type StatusHistoryRow,
} from './tables';

export type NewCertification = typeof certificationsTable.$inferInsert;
export type NewStatusChange = typeof membershipStatusHistoryTable.$inferInsert;
export type NewAvailabilityException = typeof availabilityExceptionsTable.$inferInsert;
export type NewMediationRecord = typeof mediationRecordsTable.$inferInsert;

export interface PerformanceRow {
  membershipId: string;
  casesMediated: number;
  casesResolved: number;
  satisfaction: number | null;
  lastActivityAt: Date | null;
}

/**
 * Active members of a pool (with the specialty, when given); with `today`, only those whose certifications
 * have none expired before it. The expiry rule lives here, in SQL, so no caller can forget it.
 */
function activeMembers(pool: Pool, specialty?: string | null, today?: string): SQL | undefined {
  const t = poolMembershipsTable;
  return and(
    eq(t.pool, pool),
    eq(t.status, 'ACTIVE'),
    specialty ? sql`${specialty} = any(${t.specialties})` : undefined,
    today
      ? sql`not exists (select 1 from ${certificationsTable} c where c.membership_id = ${t.id} and c.expires_on < ${today}::date)`
      : undefined,
  );
}

/** Certifications, status history, availability and mediation outcomes of pool memberships. */
export function createPoolsRepository(db: Executor) {
  return {
    certificationsOf(ids: readonly string[]): Promise<CertificationRow[]> {
      const t = certificationsTable;
      return selectWhereIn(db, t, t.membershipId, ids, [sql`${t.expiresOn} asc nulls last`, asc(t.id)]);
    },

    historyOf(ids: readonly string[]): Promise<StatusHistoryRow[]> {
      const t = membershipStatusHistoryTable;
      return selectWhereIn(db, t, t.membershipId, ids, [asc(t.at), asc(t.id)]);
    },

    exceptionsOf(ids: readonly string[]): Promise<AvailabilityExceptionRow[]> {
      const t = availabilityExceptionsTable;
      return selectWhereIn(db, t, t.membershipId, ids, [asc(t.fromDate), asc(t.id)]);
    },

    /** Performance figures of each membership, aggregated in SQL. */
    performanceOf(ids: readonly string[]): Promise<PerformanceRow[]> {
      const m = mediationRecordsTable;
      const valid = validIds(ids);
      if (valid.length === 0) return Promise.resolve([]);
      return db
        .select({
          membershipId: m.membershipId,
          casesMediated: sql<number>`count(*)::int`,
          casesResolved: sql<number>`(count(*) filter (where ${m.resolved}))::int`,
          satisfaction: sql<number | null>`avg(${m.satisfaction})::float8`,
          lastActivityAt: sql<Date | null>`max(${m.concludedAt})`.mapWith((v: string | Date | null) =>
            v ? new Date(v) : null,
          ),
        })
        .from(m)
        .where(inArray(m.membershipId, valid))
        .groupBy(m.membershipId);
    },

    /** Assignable members of a pool: active, and no certification expired before `today`. */
    assignableMembers(pool: Pool, today: string, specialty?: string | null): Promise<PoolMembershipRow[]> {
      const t = poolMembershipsTable;
      return db
        .select()
        .from(t)
        .where(activeMembers(pool, specialty, today))
        .orderBy(asc(t.createdAt), asc(t.id));
    },

    membershipsOfPool(pool: Pool): Promise<PoolMembershipRow[]> {
      return db
        .select()
        .from(poolMembershipsTable)
        .where(eq(poolMembershipsTable.pool, pool))
        .orderBy(asc(poolMembershipsTable.createdAt), asc(poolMembershipsTable.id));
    },

    async poolCounts(pool: Pool): Promise<{ active: number; total: number; withoutGridUnit: number }> {
      const t = poolMembershipsTable;
      const [row] = await db
        .select({
          active: sql<number>`(count(*) filter (where ${t.status} = 'ACTIVE'))::int`,
          total: sql<number>`count(*)::int`,
          withoutGridUnit: sql<number>`(count(*) filter (where ${t.status} = 'ACTIVE' and cardinality(${t.gridUnitIds}) = 0))::int`,
        })
        .from(t)
        .where(eq(t.pool, pool));
      return row ?? { active: 0, total: 0, withoutGridUnit: 0 };
    },

    /** Active members per specialty, most first, then by name of the specialty. */
    specialtyCounts(pool: Pool): Promise<{ specialty: string; count: number }[]> {
      const t = poolMembershipsTable;
      const specialty = sql<string>`unnest(${t.specialties})`;
      const unnested = db
        .select({ specialty: specialty.as('specialty') })
        .from(t)
        .where(and(eq(t.pool, pool), eq(t.status, 'ACTIVE')))
        .as('u');
      return db
        .select({ specialty: unnested.specialty, count: sql<number>`count(*)::int` })
        .from(unnested)
        .groupBy(unnested.specialty)
        .orderBy(desc(sql`count(*)`), asc(unnested.specialty));
    },

    /** The grid units each active member serves (id and units), for grouping by township. */
    activeGridUnits(
      pool: Pool,
      specialty?: string | null,
      today?: string,
    ): Promise<{ id: string; gridUnitIds: string[] }[]> {
      const t = poolMembershipsTable;
      return db
        .select({ id: t.id, gridUnitIds: t.gridUnitIds })
        .from(t)
        .where(activeMembers(pool, specialty, today));
    },

    async updateMembership(
      id: string,
      values: Partial<typeof poolMembershipsTable.$inferInsert>,
    ): Promise<PoolMembershipRow | undefined> {
      const [row] = await db
        .update(poolMembershipsTable)
        .set(values)
        .where(eq(poolMembershipsTable.id, id))
        .returning();
      return row;
    },

    async lockMembership(id: string): Promise<PoolMembershipRow | undefined> {
      const [row] = await db.select().from(poolMembershipsTable).where(eq(poolMembershipsTable.id, id)).for('update');
      return row;
    },

    async insertMemberships(rows: (typeof poolMembershipsTable.$inferInsert)[]): Promise<void> {
      await insertJson(db, poolMembershipsTable, rows);
    },
    async insertCertifications(rows: NewCertification[]): Promise<void> {
      await insertJson(db, certificationsTable, rows);
    },
    async deleteCertificationsOf(ids: readonly string[]): Promise<void> {
      for (const part of chunks(validIds(ids)))
        await db.delete(certificationsTable).where(inArray(certificationsTable.membershipId, part));
    },
    async insertStatusChanges(rows: NewStatusChange[]): Promise<void> {
      await insertJson(db, membershipStatusHistoryTable, rows);
    },
    insertException(values: NewAvailabilityException): Promise<AvailabilityExceptionRow> {
      return insertOne(db, availabilityExceptionsTable, values);
    },
    /** One outcome per member and case: a second record replaces the first. */
    async upsertMediationRecord(values: NewMediationRecord): Promise<void> {
      await db
        .insert(mediationRecordsTable)
        .values(values)
        .onConflictDoUpdate({
          target: [mediationRecordsTable.membershipId, mediationRecordsTable.caseId],
          set: {
            resolved: values.resolved,
            satisfaction: values.satisfaction ?? null,
            concludedAt: values.concludedAt,
            updatedAt: values.updatedAt,
          },
        });
    },
  };
}

export type PoolsRepository = ReturnType<typeof createPoolsRepository>;
