import { eq, lt } from 'drizzle-orm';
import type { Database } from '../database';
import { SEARCH_VERSION, searchColumns } from './search-terms';
import { gridUnitsTable, organisationsTable } from './tree-tables';

/** Rows recomputed per transaction, so a large county's refresh holds no long lock. */
const BATCH = 500;

/**
 * Recomputes the search columns of every unit and organisation computed under an older `SEARCH_VERSION`:
 * rows a migration backfilled from their name and code alone (without pinyin), and all rows after the way of
 * computing changed. Runs when the grid subgraph starts; idempotent, and replicas starting together skip each
 * other's locked rows. Returns how many rows it recomputed.
 */
export async function refreshSearchColumns(db: Database, batchSize = BATCH): Promise<number> {
  let total = 0;
  for (const table of [gridUnitsTable, organisationsTable]) {
    for (;;) {
      const done = await db.transaction(async (tx) => {
        const rows = await tx
          .select({
            id: table.id,
            code: table.code,
            name: table.name,
            shortName: table.shortName,
            aliases: table.aliases,
          })
          .from(table)
          .where(lt(table.searchVersion, SEARCH_VERSION))
          .limit(batchSize)
          .for('update', { skipLocked: true });
        for (const row of rows) await tx.update(table).set(searchColumns(row)).where(eq(table.id, row.id));
        return rows.length;
      });
      total += done;
      if (done < batchSize) break;
    }
  }
  return total;
}
