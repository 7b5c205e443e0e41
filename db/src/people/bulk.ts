import { getTableColumns, sql } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../database';
import { chunks } from './ids';

/**
 * Inserts many rows as one JSON parameter per chunk (`jsonb_populate_recordset` on the table's own
 * row type): a few statements for 10,000 rows instead of tens of thousands of bound parameters,
 * which is what makes a large pool import fast on PGlite. Columns absent from the rows take their
 * defaults; every row must set the same columns.
 */
export async function insertJson<T extends PgTable>(
  db: Executor,
  table: T,
  rows: readonly T['$inferInsert'][],
  size = 2000,
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.entries(getTableColumns(table)).filter(
    ([key]) => (rows[0] as Record<string, unknown>)[key] !== undefined,
  );
  const { schema, name } = getTableConfig(table);
  const qualified = sql.raw(`${schema ? `"${schema}".` : ''}"${name}"`);
  const names = sql.raw(columns.map(([, c]) => `"${c.name}"`).join(', '));
  for (const part of chunks(rows, size)) {
    const json = part.map((row) =>
      Object.fromEntries(columns.map(([key, c]) => [c.name, (row as Record<string, unknown>)[key] ?? null])),
    );
    await db.execute(
      sql`insert into ${qualified} (${names}) select ${names} from jsonb_populate_recordset(null::${qualified}, ${JSON.stringify(json)}::jsonb)`,
    );
  }
}
