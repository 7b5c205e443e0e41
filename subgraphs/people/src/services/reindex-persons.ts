import { type Database, type FieldCipher, normalisePhone } from '@onedoor/db';
import { createPersonSearchRepository, type PersonToReindex } from '@onedoor/db/people';
import { identityColumns } from './search-keys';

/** Persons re-indexed per transaction: each batch commits on its own, so a long re-index holds no long lock. */
const BATCH = 500;

/** A person's identity under the current key: identifiers decrypted with the key that wrote them, then encrypted and indexed anew. */
function reindexed(cipher: FieldCipher, row: PersonToReindex) {
  const plain = (stored: string | null) => (stored ? cipher.decrypt(stored) : null);
  const phone = plain(row.phoneEnc);
  const columns = identityColumns(cipher, {
    name: row.name,
    phone: phone ? (normalisePhone(phone) ?? phone) : null,
    nationalId: plain(row.nationalIdEnc),
  });
  // A value already under the current key keeps its ciphertext: only the indexes were missing.
  const keep = (stored: string | null) => !!stored && cipher.keyVersionOf(stored) === cipher.keyVersion;
  return {
    id: row.id,
    ...columns,
    phoneEnc: keep(row.phoneEnc) ? row.phoneEnc : columns.phoneEnc,
    nationalIdEnc: keep(row.nationalIdEnc) ? row.nationalIdEnc : columns.nationalIdEnc,
  };
}

/**
 * Brings every person's blind indexes (and encrypted identifiers) under the current data key: the rows a
 * rotation left under a retired key, and rows from before an index existed. Runs when the people subgraph
 * starts and from `pnpm people:reindex`; idempotent, and replicas starting together take turns.
 * Until it has run, look-ups still find those rows, under the retired key still in the ring.
 */
export async function reindexPersons({
  db,
  cipher,
  batchSize = BATCH,
}: {
  db: Database;
  cipher: FieldCipher;
  batchSize?: number;
}): Promise<{ reindexed: number }> {
  let total = 0;
  for (;;) {
    const done = await db.transaction(async (tx) => {
      const repo = createPersonSearchRepository(tx);
      await repo.lockReindex();
      const rows = await repo.personsToReindex(cipher.keyVersion, batchSize);
      await repo.updateIndexes(rows.map((row) => reindexed(cipher, row)));
      return rows.length;
    });
    total += done;
    if (done < batchSize) return { reindexed: total };
  }
}
