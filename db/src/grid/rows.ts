import type { SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../database';
import { countWhere, type Page, selectPage } from '../shared/sql';

/** Inserts rows stamped as created (and last updated) at `at`, the clock's time; no rows is no statement. */
export async function insertStamped<T extends PgTable>(
  db: Executor,
  table: T,
  rows: readonly T['$inferInsert'][],
  at: Date,
): Promise<T['$inferSelect'][]> {
  if (rows.length === 0) return [];
  const values: T['$inferInsert'][] = rows.map((row) => ({ ...row, createdAt: at, updatedAt: at }));
  const inserted: unknown[] = await db.insert(table).values(values).returning();
  return inserted as T['$inferSelect'][];
}

/** The rows matching `where` as the kit's `paginate()` reads a list: the keyset's id column, a page, the count. */
export interface Listing<Row> {
  idColumn: PgColumn;
  fetch(page: Page): Promise<Row[]>;
  count(): Promise<number>;
}

export function listing<T extends PgTable & { id: PgColumn }>(
  db: Executor,
  table: T,
  where: SQL | undefined,
): Listing<T['$inferSelect']> {
  return {
    idColumn: table.id,
    fetch: (page) => selectPage(db, table, where, page),
    count: () => countWhere(db, table, where),
  };
}
