import { inArray, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../database';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids that are not UUIDs cannot exist, and Postgres would reject the whole statement for one of them. */
export const validIds = (ids: readonly string[]) => ids.filter((id) => UUID.test(id));

/** Splits rows for multi-row statements, under Postgres's 65,535 parameters per statement. */
export function chunks<T>(rows: readonly T[], size = 1000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * The rows of a table whose `column` holds one of `ids`, in `orderBy` order: every loader's batch read.
 * Ids that are not UUIDs are left out, and no statement runs when none is left.
 */
export function selectWhereIn<T extends PgTable>(
  db: Executor,
  table: T,
  column: PgColumn,
  ids: readonly string[],
  orderBy?: (PgColumn | SQL)[],
): Promise<T['$inferSelect'][]>;
// Drizzle types a select from a generic table loosely; the signature above names the rows it returns.
export function selectWhereIn(
  db: Executor,
  table: PgTable,
  column: PgColumn,
  ids: readonly string[],
  orderBy: (PgColumn | SQL)[] = [],
): Promise<Record<string, unknown>[]> {
  const valid = validIds(ids);
  if (valid.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(table)
    .where(inArray(column, valid))
    .orderBy(...orderBy);
}
