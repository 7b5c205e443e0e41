import { and, eq, ilike, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { accessLogTable } from '../audit/tables';
import type { Executor } from '../database';
import { containsPattern, filteredList } from '../shared/sql';
import { firstRow, insertOne } from '../shared/rows';
import { selectWhereIn } from './rows';
import {
  type AccountRow,
  accountsTable,
  type MembershipStatus,
  type PersonRow,
  personsTable,
  type Pool,
  type PoolMembershipRow,
  poolMembershipsTable,
  type Vulnerability,
} from './tables';

export interface PersonListFilter {
  /** Words of the name (substring, case-insensitive). */
  search?: string | null;
  vulnerability?: Vulnerability | null;
  /**
   * Keyed hashes (`cipher.hashes`, one per key of the ring) of an exact national id or phone: identifiers are
   * never searched in plain text. An empty list matches nobody.
   */
  nationalIdHashes?: readonly string[] | null;
  phoneHashes?: readonly string[] | null;
}

export interface MembershipListFilter {
  pool?: Pool | null;
  specialty?: string | null;
  studio?: string | null;
  language?: string | null;
  status?: MembershipStatus | null;
  organisationId?: string | null;
  gridUnitId?: string | null;
}

export type NewPerson = typeof personsTable.$inferInsert;
export type NewAccount = typeof accountsTable.$inferInsert;
export type NewPoolMembership = typeof poolMembershipsTable.$inferInsert;
export interface NewAccessLogEntry {
  actorAccountId: string | null;
  entityType: string;
  entityId: string;
  field: string;
  requestId: string | null;
  at: Date;
}

export function createPeopleRepository(db: Executor) {
  function personConditions(filter: PersonListFilter): SQL | undefined {
    // Merged duplicates are not listed: their survivor stands for them.
    const c: (SQL | undefined)[] = [isNull(personsTable.mergedIntoId)];
    if (filter.search?.trim()) c.push(ilike(personsTable.name, containsPattern(filter.search)));
    if (filter.vulnerability) c.push(sql`${filter.vulnerability} = any(${personsTable.vulnerabilities})`);
    if (filter.nationalIdHashes) c.push(inArray(personsTable.nationalIdHash, [...filter.nationalIdHashes]));
    if (filter.phoneHashes) c.push(inArray(personsTable.phoneHash, [...filter.phoneHashes]));
    return and(...c);
  }

  function membershipConditions(filter: MembershipListFilter): SQL | undefined {
    const c: (SQL | undefined)[] = [];
    if (filter.pool) c.push(eq(poolMembershipsTable.pool, filter.pool));
    if (filter.status) c.push(eq(poolMembershipsTable.status, filter.status));
    if (filter.specialty?.trim()) c.push(sql`${filter.specialty.trim()} = any(${poolMembershipsTable.specialties})`);
    if (filter.studio?.trim()) c.push(eq(poolMembershipsTable.studio, filter.studio.trim()));
    if (filter.language?.trim()) c.push(sql`${filter.language.trim()} = any(${poolMembershipsTable.languages})`);
    if (filter.organisationId) c.push(eq(poolMembershipsTable.organisationId, filter.organisationId));
    if (filter.gridUnitId) c.push(sql`${filter.gridUnitId}::uuid = any(${poolMembershipsTable.gridUnitIds})`);
    return and(...c);
  }

  const persons = filteredList(db, personsTable, personConditions);
  const memberships = filteredList(db, poolMembershipsTable, membershipConditions);

  return {
    personsByIds(ids: readonly string[]): Promise<PersonRow[]> {
      return selectWhereIn(db, personsTable, personsTable.id, ids);
    },

    /** The live person with this national id, given its hash under every key of the ring. */
    personByNationalIdHashes(hashes: readonly string[]): Promise<PersonRow | undefined> {
      const p = personsTable;
      return firstRow(db, p, and(inArray(p.nationalIdHash, [...hashes]), isNull(p.mergedIntoId)));
    },

    /**
     * Serialises registrations of the same national id until the transaction ends, so two desks
     * registering one person at the same moment cannot both pass the duplicate check, nor a desk and
     * a pool import.
     */
    async lockNationalId(hash: string): Promise<void> {
      // Shared with other registrations, exclusive against a pool import (which takes it alone).
      await db.execute(sql`select pg_advisory_xact_lock_shared(hashtext('people.pool_import'))`);
      await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`people.national_id:${hash}`}))`);
    },

    listPersons: persons.page,
    countPersons: persons.count,

    insertPerson(values: NewPerson): Promise<PersonRow> {
      return insertOne(db, personsTable, values);
    },

    accountsByIds(ids: readonly string[]): Promise<AccountRow[]> {
      return selectWhereIn(db, accountsTable, accountsTable.id, ids);
    },

    accountByUsername(username: string): Promise<AccountRow | undefined> {
      return firstRow(db, accountsTable, eq(accountsTable.username, username));
    },

    insertAccount(values: NewAccount): Promise<AccountRow> {
      return insertOne(db, accountsTable, values);
    },

    /**
     * Counts one more failed sign-in in a single statement (so concurrent attempts cannot lose a count).
     * Reaching `maxFailures` locks the account until `lockUntil` and starts the count afresh.
     */
    async recordLoginFailure(
      accountId: string,
      options: { maxFailures: number; lockUntil: Date; now: Date },
    ): Promise<AccountRow> {
      const reaches = sql`${accountsTable.failedLogins} + 1 >= ${options.maxFailures}`;
      const [row] = await db
        .update(accountsTable)
        .set({
          failedLogins: sql`case when ${reaches} then 0 else ${accountsTable.failedLogins} + 1 end`,
          lockedUntil: sql`case when ${reaches} then ${options.lockUntil.toISOString()}::timestamptz else ${accountsTable.lockedUntil} end`,
          updatedAt: options.now,
        })
        .where(eq(accountsTable.id, accountId))
        .returning();
      return row!;
    },

    async recordLoginSuccess(accountId: string, now: Date): Promise<AccountRow> {
      const [row] = await db
        .update(accountsTable)
        .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now, updatedAt: now })
        .where(eq(accountsTable.id, accountId))
        .returning();
      return row!;
    },

    membershipsByIds(ids: readonly string[]): Promise<PoolMembershipRow[]> {
      return selectWhereIn(db, poolMembershipsTable, poolMembershipsTable.id, ids);
    },

    membershipsOfPersons(personIds: readonly string[]): Promise<PoolMembershipRow[]> {
      const t = poolMembershipsTable;
      return selectWhereIn(db, t, t.personId, personIds, [t.createdAt, t.id]);
    },

    listMemberships: memberships.page,
    countMemberships: memberships.count,

    insertMembership(values: NewPoolMembership): Promise<PoolMembershipRow> {
      return insertOne(db, poolMembershipsTable, values);
    },

    /** All unmaskings of one request in one multi-row insert. */
    async insertAccessLog(entries: readonly NewAccessLogEntry[]): Promise<void> {
      if (entries.length === 0) return;
      await db.insert(accessLogTable).values([...entries]);
    },
  };
}

export type PeopleRepository = ReturnType<typeof createPeopleRepository>;

export * from './pools-repository';
export * from './merge-repository';
export * from './accounts-repository';
export * from './import-repository';
