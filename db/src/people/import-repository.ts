import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../database';
import { lockUntilCommit } from '../shared/rows';
import { insertJson } from './bulk';
import { chunks, validIds } from './ids';
import {
  type CertificationRow,
  certificationsTable,
  type PersonRow,
  personsTable,
  type Pool,
  type PoolMembershipRow,
  poolMembershipsTable,
} from './tables';

/** Set-at-a-time reads and writes for pool imports: a 10,000-row file costs a few dozen statements. */
export function createImportRepository(db: Executor) {
  return {
    /** Serialises pool imports, so two uploads of one file cannot both create the same persons. */
    lockImports: (): Promise<void> => lockUntilCommit(db, 'people.pool_import'),

    async personsByNationalIdHashes(hashes: readonly string[]): Promise<PersonRow[]> {
      const out: PersonRow[] = [];
      for (const part of chunks(hashes)) {
        out.push(
          ...(await db
            .select()
            .from(personsTable)
            .where(and(inArray(personsTable.nationalIdHash, part), isNull(personsTable.mergedIntoId)))),
        );
      }
      return out;
    },

    async membershipsInPool(personIds: readonly string[], pool: Pool): Promise<PoolMembershipRow[]> {
      const out: PoolMembershipRow[] = [];
      for (const part of chunks(validIds(personIds))) {
        out.push(
          ...(await db
            .select()
            .from(poolMembershipsTable)
            .where(and(inArray(poolMembershipsTable.personId, part), eq(poolMembershipsTable.pool, pool)))),
        );
      }
      return out;
    },

    async certificationsOf(membershipIds: readonly string[]): Promise<CertificationRow[]> {
      const out: CertificationRow[] = [];
      for (const part of chunks(validIds(membershipIds))) {
        out.push(
          ...(await db.select().from(certificationsTable).where(inArray(certificationsTable.membershipId, part))),
        );
      }
      return out;
    },

    async insertPersons(rows: (typeof personsTable.$inferInsert)[]): Promise<void> {
      await insertJson(db, personsTable, rows);
    },

    async updatePerson(id: string, values: Partial<typeof personsTable.$inferInsert>): Promise<void> {
      await db.update(personsTable).set(values).where(eq(personsTable.id, id));
    },
  };
}
