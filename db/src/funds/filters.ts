import { and, eq, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/**
 * A list filter's conditions: `column = value` for each value the caller gave, combined with AND. A value left
 * out (null, undefined or empty) does not narrow the list.
 */
export const equalsAll = (conditions: readonly (readonly [PgColumn, string | null | undefined])[]): SQL | undefined =>
  and(...conditions.map(([column, value]) => (value ? eq(column, value) : undefined)));
