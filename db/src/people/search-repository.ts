import { inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../database';
import { lockUntilCommit } from '../shared/rows';
import { rowsOf } from '../shared/sql';
import { personsTable } from './tables';

/**
 * Keyed hashes (blind indexes) to look persons up by, each under every key of the data keyring: a person
 * matches when any one of them equals its stored hash. Identifiers are never searched in plain text.
 */
export interface PersonLookup {
  phoneHashes: readonly string[];
  phoneLast4Hashes: readonly string[];
  nationalIdHashes: readonly string[];
  nameHashes: readonly string[];
  namePrefixHashes: readonly string[];
}

/** What the re-index reads of a person: the name and the encrypted identifiers. */
export interface PersonToReindex {
  id: string;
  name: string;
  phoneEnc: string | null;
  nationalIdEnc: string | null;
}

/** The blind indexes and encrypted identifiers of one person, as registration and the re-index write them. */
export interface PersonIndexes {
  id: string;
  phoneEnc: string | null;
  phoneHash: string | null;
  phoneLast4Hash: string | null;
  nationalIdEnc: string | null;
  nationalIdHash: string | null;
  nameHash: string;
  namePrefixHash: string | null;
  indexKeyVersion: number;
}

/** Rows whose blind indexes were computed under another key than `version`, or not at all (indexable both ways). */
const staleUnder = (version: number) => {
  const v = personsTable.indexKeyVersion;
  return or(isNull(v), sql`${v} < ${version}`, sql`${v} > ${version}`);
};

/** Persons any hash of the lookup names, and the records merged with them, as one statement. */
function matching(lookup: PersonLookup, limit: number): SQL | null {
  const p = personsTable;
  const branches: SQL[] = [];
  for (const [column, hashes] of [
    [p.phoneHash, lookup.phoneHashes],
    [p.phoneLast4Hash, lookup.phoneLast4Hashes],
    [p.nationalIdHash, lookup.nationalIdHashes],
    [p.nameHash, lookup.nameHashes],
    [p.namePrefixHash, lookup.namePrefixHashes],
  ] as const) {
    if (hashes.length) branches.push(inArray(column, [...hashes]));
  }
  if (branches.length === 0) return null;
  return sql`
    with matched as (
      select coalesce(${p.mergedIntoId}, ${p.id}) as id from ${p} where ${or(...branches)} limit ${limit}
    )
    select id from matched
    union
    select ${p.id} from ${p} where ${p.mergedIntoId} in (select id from matched)`;
}

/** Searching persons through their blind indexes, and keeping those indexes under the current key. */
export function createPersonSearchRepository(db: Executor) {
  return {
    /**
     * Ids of the persons any of the hashes names, each through its own index, with the records merged
     * with them (a survivor and its merged duplicates stand for one person: cases may name either id).
     * At most `limit` persons are matched before their merged records are added.
     */
    async personIdsMatching(lookup: PersonLookup, limit: number): Promise<string[]> {
      const query = matching(lookup, limit);
      return query ? rowsOf<{ id: string }>(await db.execute(query)).map((r) => r.id) : [];
    },

    /** The statement `personIdsMatching` runs; null when the lookup has no hash (the benchmark EXPLAINs it). */
    matching,

    /**
     * Serialises re-indexing, so replicas starting together do not recompute the same rows; held until the
     * transaction ends.
     */
    lockReindex: (): Promise<void> => lockUntilCommit(db, 'people.reindex'),

    /** Up to `limit` persons whose blind indexes are not under key `version`. */
    personsToReindex(version: number, limit: number): Promise<PersonToReindex[]> {
      const p = personsTable;
      return db
        .select({ id: p.id, name: p.name, phoneEnc: p.phoneEnc, nationalIdEnc: p.nationalIdEnc })
        .from(p)
        .where(staleUnder(version))
        .orderBy(p.id)
        .limit(limit);
    },

    /** How many persons still have blind indexes that are not under key `version`. */
    async countToReindex(version: number): Promise<number> {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(personsTable)
        .where(staleUnder(version));
      return row?.n ?? 0;
    },

    /** Rewrites the indexes and encrypted identifiers of many persons in one statement. */
    async updateIndexes(rows: readonly PersonIndexes[]): Promise<void> {
      if (rows.length === 0) return;
      const p = personsTable;
      const values = sql.join(
        rows.map(
          (r) =>
            sql`(${r.id}::uuid, ${r.phoneEnc}, ${r.phoneHash}, ${r.phoneLast4Hash}, ${r.nationalIdEnc}, ${r.nationalIdHash}, ${r.nameHash}, ${r.namePrefixHash}, ${r.indexKeyVersion}::int)`,
        ),
        sql`, `,
      );
      await db.execute(sql`
        update ${p} set phone_enc = v.phone_enc, phone_hash = v.phone_hash, phone_last4_hash = v.phone_last4_hash,
          national_id_enc = v.national_id_enc, national_id_hash = v.national_id_hash, name_hash = v.name_hash,
          name_prefix_hash = v.name_prefix_hash, index_key_version = v.index_key_version
        from (values ${values}) as v(id, phone_enc, phone_hash, phone_last4_hash, national_id_enc, national_id_hash,
          name_hash, name_prefix_hash, index_key_version)
        where ${p.id} = v.id`);
    },
  };
}

export type PersonSearchRepository = ReturnType<typeof createPersonSearchRepository>;
