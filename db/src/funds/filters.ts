import { and, eq, getTableColumns, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

/**
 * A list filter's conditions: for each of `fields` the caller gave a value for, the table's column of the same
 * name equals it, combined with AND. A value left out (null, undefined or empty) does not narrow the list.
 */
export function equalsAll<T extends PgTable, K extends keyof T['_']['columns'] & string>(
  table: T,
  filter: Partial<Record<K, string | null>>,
  fields: readonly K[],
): SQL | undefined {
  const columns: Record<string, PgColumn> = getTableColumns(table);
  return and(...fields.map((field) => (filter[field] ? eq(columns[field]!, filter[field]) : undefined)));
}
