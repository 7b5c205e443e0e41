import { and, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../database';

/** A page as the subgraph kit's `paginate()` builds it: keyset condition, order, limit and offset. */
export interface Page {
  after: SQL | undefined;
  orderBy: SQL[];
  limit: number;
  offset: number;
}

/** The rows of a raw `db.execute`: postgres.js answers an array, PGlite an object holding `rows`. */
export const rowsOf = <T>(result: unknown): T[] =>
  Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;

/** Escapes `%`, `_` and `\` so user text matches itself in a LIKE/ILIKE pattern. */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** `%text%` for a contains-search of user text, with the text's own wildcards escaped. */
export const containsPattern = (text: string): string => `%${escapeLike(text.trim())}%`;

/** One page of a table's rows matching `where`, in the page's order: every list's SELECT. */
export function selectPage<T extends PgTable>(
  db: Executor,
  table: T,
  where: SQL | undefined,
  page: Page,
): Promise<T['$inferSelect'][]> {
  // Selected as a plain PgTable (drizzle cannot resolve its from() check for a generic T); the rows are T's.
  const source: PgTable = table;
  return db
    .select()
    .from(source)
    .where(and(where, page.after))
    .orderBy(...page.orderBy)
    .limit(page.limit)
    .offset(page.offset);
}

/** How many rows of a table match `where`: every list's `totalCount`. */
export async function countWhere(db: Executor, table: PgTable, where: SQL | undefined): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(table)
    .where(where);
  return row?.n ?? 0;
}

/** A table's filtered list: a page of it and its total, always under the same conditions. */
export function filteredList<T extends PgTable, F>(db: Executor, table: T, where: (filter: F) => SQL | undefined) {
  return {
    page: (filter: F, page: Page): Promise<T['$inferSelect'][]> => selectPage(db, table, where(filter), page),
    count: (filter: F): Promise<number> => countWhere(db, table, where(filter)),
  };
}
