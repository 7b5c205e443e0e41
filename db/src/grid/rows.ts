import { inArray, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../database';

/**
 * Rows of `table` whose `column` is one of `keys`, in `orderBy` order when given: the batched look-up behind
 * every loader of the grid. No keys is no statement at all.
 */
export async function rowsWhereIn<T extends PgTable>(
  db: Executor,
  table: T,
  column: PgColumn,
  keys: readonly string[],
  ...orderBy: SQL[]
): Promise<T['$inferSelect'][]> {
  if (keys.length === 0) return [];
  const from: PgTable = table;
  const rows: unknown[] = await db
    .select()
    .from(from)
    .where(inArray(column, [...keys]))
    .orderBy(...orderBy);
  return rows as T['$inferSelect'][];
}

/** Inserts one row and returns it as stored (defaults and generated ids filled in). */
export async function insertOne<T extends PgTable>(
  db: Executor,
  table: T,
  values: T['$inferInsert'],
): Promise<T['$inferSelect']> {
  const rows = (await db.insert(table).values(values).returning()) as T['$inferSelect'][];
  return rows[0]!;
}
