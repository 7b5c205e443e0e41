import { and, asc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../database';
import { validIds } from './ids';
import { selectWhereIn } from './rows';
import { accountsTable, type PersonRow, personsTable, type PoolMembershipRow, poolMembershipsTable } from './tables';

export interface DuplicateGroupRow {
  reason: 'SAME_NATIONAL_ID' | 'SAME_NAME_AND_PHONE';
  /** Oldest record first. */
  personIds: string[];
}

/** The pools a person is a member of, as a subquery: a merge keeps one membership per person and pool. */
const poolsOf = (personId: string) =>
  sql`(select m.pool from ${poolMembershipsTable} m where m.person_id = ${personId})`;

/** Finding and merging duplicate person records. */
export function createMergeRepository(db: Executor) {
  const live = isNull(personsTable.mergedIntoId);
  const groups = (key: 'id' | 'namePhone', limit: number) => {
    const p = personsTable;
    const ids = sql<string[]>`array_agg(${p.id} order by ${p.createdAt}, ${p.id})`;
    const query =
      key === 'id'
        ? db
            .select({ ids, first: sql<Date>`min(${p.createdAt})` })
            .from(p)
            .where(and(live, isNotNull(p.nationalIdHash)))
            .groupBy(p.nationalIdHash)
        : db
            .select({ ids, first: sql<Date>`min(${p.createdAt})` })
            .from(p)
            .where(and(live, isNotNull(p.phoneHash)))
            .groupBy(p.name, p.phoneHash);
    return query
      .having(sql`count(*) > 1`)
      .orderBy(sql`min(${p.createdAt})`)
      .limit(limit);
  };

  return {
    /** The duplicate's memberships in pools the survivor is already in: they stay behind, retired. */
    overlappingMemberships(survivorId: string, duplicateId: string): Promise<PoolMembershipRow[]> {
      return db
        .select()
        .from(poolMembershipsTable)
        .where(
          and(
            eq(poolMembershipsTable.personId, duplicateId),
            sql`${poolMembershipsTable.pool} in ${poolsOf(survivorId)}`,
          ),
        );
    },

    /** Probable duplicates among unmerged persons: the same national id hash, or the same name and phone hash. */
    async duplicateGroups(limit: number): Promise<DuplicateGroupRow[]> {
      const byId = (await groups('id', limit)).map((r) => ({ reason: 'SAME_NATIONAL_ID' as const, personIds: r.ids }));
      const seen = new Set(byId.map((g) => g.personIds.join()));
      const byPhone = (await groups('namePhone', limit))
        .map((r) => ({ reason: 'SAME_NAME_AND_PHONE' as const, personIds: r.ids }))
        .filter((g) => !seen.has(g.personIds.join()));
      return [...byId, ...byPhone].slice(0, limit);
    },

    /** Locks both records in id order, so two merges of the same pair cannot deadlock or interleave. */
    lockPersons(ids: readonly string[]): Promise<PersonRow[]> {
      const valid = validIds(ids);
      if (valid.length === 0) return Promise.resolve([]);
      return db
        .select()
        .from(personsTable)
        .where(inArray(personsTable.id, valid))
        .orderBy(asc(personsTable.id))
        .for('update');
    },

    mergedInto(survivorIds: readonly string[]): Promise<PersonRow[]> {
      const p = personsTable;
      return selectWhereIn(db, p, p.mergedIntoId, survivorIds, [asc(p.mergedAt), asc(p.id)]);
    },

    /**
     * Marks `duplicateId` as merged into `survivorId`, re-points earlier merges into the duplicate (so a
     * merged id resolves in one step), and moves memberships (in pools the survivor is not in) and
     * accounts to the survivor. Membership and account ids do not change, so references keep working.
     */
    async merge(options: {
      survivorId: string;
      duplicateId: string;
      survivorPatch: Partial<PersonRow>;
      now: Date;
    }): Promise<PersonRow> {
      const { survivorId, duplicateId, now } = options;
      const [survivor] = await db
        .update(personsTable)
        .set({ ...options.survivorPatch, updatedAt: now })
        .where(eq(personsTable.id, survivorId))
        .returning();
      await db
        .update(personsTable)
        .set({ mergedIntoId: survivorId, mergedAt: now, updatedAt: now })
        .where(eq(personsTable.id, duplicateId));
      await db
        .update(personsTable)
        .set({ mergedIntoId: survivorId, updatedAt: now })
        .where(eq(personsTable.mergedIntoId, duplicateId));
      // A pool the survivor is already in keeps the duplicate's membership where it is (retired by the caller).
      await db
        .update(poolMembershipsTable)
        .set({ personId: survivorId, updatedAt: now })
        .where(
          and(
            eq(poolMembershipsTable.personId, duplicateId),
            sql`${poolMembershipsTable.pool} not in ${poolsOf(survivorId)}`,
          ),
        );
      await db
        .update(accountsTable)
        .set({ personId: survivorId, updatedAt: now })
        .where(eq(accountsTable.personId, duplicateId));
      return survivor!;
    },
  };
}
