import type { SortKey } from '@onedoor/subgraph-kit';
import type { PgColumn } from 'drizzle-orm/pg-core';

/** The sort key of a list ordered by one column, the row's field of that column read for the cursor. */
export function sortBy<T>(
  column: PgColumn,
  field: { [K in keyof T]: T[K] extends string | Date ? K : never }[keyof T],
  direction: 'ASC' | 'DESC',
): SortKey<T> {
  return { column, direction, value: (row) => row[field] as string | Date };
}

/** How a list of units or organisations is ordered: by code or by name, either way. */
export interface CodeOrNameOrder {
  field: 'CODE' | 'NAME';
  direction: 'ASC' | 'DESC';
}

/** The sort key of a list of coded things (units, organisations) in the order asked for. */
export function codeOrNameSort<T extends { code: string; name: string }>(
  order: CodeOrNameOrder,
  columns: { code: PgColumn; name: PgColumn },
): SortKey<T> {
  const byName = order.field === 'NAME';
  return {
    column: byName ? columns.name : columns.code,
    direction: order.direction,
    value: (row) => (byName ? row.name : row.code),
  };
}

/** The other names of a unit or an organisation, as an audit event records them. */
export const namesOf = (row: { shortName: string | null; aliases: string[] }) => ({
  shortName: row.shortName,
  aliases: row.aliases,
});
