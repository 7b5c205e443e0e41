import type { SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../database';
import { rowsWhereIn } from '../shared/rows';
import { validIds } from './ids';

/**
 * The rows of a table whose `column` holds one of `ids`, in `orderBy` order: every loader's batch read.
 * Ids that are not UUIDs are left out, and no statement runs when none is left.
 */
export function selectWhereIn<T extends PgTable>(
  db: Executor,
  table: T,
  column: PgColumn,
  ids: readonly string[],
  orderBy: (PgColumn | SQL)[] = [],
): Promise<T['$inferSelect'][]> {
  return rowsWhereIn(db, table, column, validIds(ids), ...orderBy);
}
