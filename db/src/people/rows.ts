import { inArray, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../database';
import { countWhere, type Page, selectPage } from '../shared/sql';
import { validIds } from './ids';

// Drizzle types statements on a generic table loosely; each overload below names the rows a call returns.

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

/** The first row of a table matching `where`, or undefined. */
export function selectFirst<T extends PgTable>(
  db: Executor,
  table: T,
  where: SQL | undefined,
): Promise<T['$inferSelect'] | undefined>;
export async function selectFirst(
  db: Executor,
  table: PgTable,
  where: SQL | undefined,
): Promise<Record<string, unknown> | undefined> {
  const [row] = await db.select().from(table).where(where).limit(1);
  return row;
}

/** Inserts one row and returns it as stored (defaults filled in). */
export function insertOne<T extends PgTable>(
  db: Executor,
  table: T,
  values: T['$inferInsert'],
): Promise<T['$inferSelect']>;
export async function insertOne(
  db: Executor,
  table: PgTable,
  values: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const [row] = await db.insert(table).values(values).returning();
  return row!;
}

/** A table's filtered list: a page of it and its total, always under the same conditions. */
export function listing<T extends PgTable, F>(db: Executor, table: T, where: (filter: F) => SQL | undefined) {
  return {
    page: (filter: F, page: Page): Promise<T['$inferSelect'][]> => selectPage(db, table, where(filter), page),
    count: (filter: F): Promise<number> => countWhere(db, table, where(filter)),
  };
}
