// The one-table statements every repository runs: a batch read by keys, the first match, and an insert or an
// update that answers the row as stored.
import { inArray, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Executor } from '../database';

// Drizzle types statements on a generic table loosely; each overload below names the rows a call returns.

/**
 * The rows of a table whose `column` holds one of `keys`, in `orderBy` order: every loader's batch read.
 * No keys is no statement at all.
 */
export function rowsWhereIn<T extends PgTable>(
  db: Executor,
  table: T,
  column: PgColumn,
  keys: readonly string[],
  ...orderBy: (PgColumn | SQL)[]
): Promise<T['$inferSelect'][]>;
export function rowsWhereIn(
  db: Executor,
  table: PgTable,
  column: PgColumn,
  keys: readonly string[],
  ...orderBy: (PgColumn | SQL)[]
): Promise<Record<string, unknown>[]> {
  if (keys.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(table)
    .where(inArray(column, [...keys]))
    .orderBy(...orderBy);
}

/** The first row of a table matching `where`, or undefined. */
export function firstRow<T extends PgTable>(
  db: Executor,
  table: T,
  where: SQL | undefined,
): Promise<T['$inferSelect'] | undefined>;
export async function firstRow(
  db: Executor,
  table: PgTable,
  where: SQL | undefined,
): Promise<Record<string, unknown> | undefined> {
  const [row] = await db.select().from(table).where(where).limit(1);
  return row;
}

/** Inserts one row and returns it as stored (defaults and generated ids filled in). */
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

/** Applies `change` to the row matching `where` and returns it as stored; undefined when no row matched. */
export function updateRow<T extends PgTable>(
  db: Executor,
  table: T,
  where: SQL | undefined,
  change: PgUpdateSetSource<T>,
): Promise<T['$inferSelect'] | undefined>;
export async function updateRow(
  db: Executor,
  table: PgTable,
  where: SQL | undefined,
  change: Record<string, unknown>,
): Promise<Record<string, unknown> | undefined> {
  const [row] = await db.update(table).set(change).where(where).returning();
  return row;
}

/**
 * Holds the transaction-scoped advisory lock named `key` until the transaction ends, so the work it guards (a
 * tree move, an import) runs one transaction at a time.
 */
export async function lockUntilCommit(db: Executor, key: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
}
