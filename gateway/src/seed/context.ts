import { getTableColumns, sql } from 'drizzle-orm';
import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import type { Executor, FieldCipher } from '@onedoor/db';
import { createRandom, type Random } from './random';

/** What every domain's seeder receives: the open transaction, the cipher, the fixed clock and its PRNG. */
export interface SeedContext {
  tx: Executor;
  cipher: FieldCipher;
  now: Date;
  random(domain: string): Random;
}

export function createSeedContext(tx: Executor, cipher: FieldCipher, now: Date): SeedContext {
  return { tx, cipher, now, random: (domain) => createRandom(domain) };
}

const CHUNK = 1000;

/**
 * Inserts rows into a Drizzle table, up to 1,000 per statement, each chunk sent as ONE jsonb parameter
 * expanded by `jsonb_populate_recordset`. Drizzle's own multi-row insert binds every value separately
 * (11,000 parameters for the persons) and building and parsing that was most of the seed's time; this
 * keeps Drizzle's table, column names and value mapping and runs about four times faster.
 * Every column a row names is written (missing values as null), so rows of one table share their keys.
 */
export async function insertAll<T extends PgTable>(tx: Executor, table: T, rows: PgInsertValue<T>[]): Promise<void> {
  const columns = getTableColumns(table);
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK) as Record<string, unknown>[];
    const keys = [...new Set(chunk.flatMap((row) => Object.keys(row)))];
    const records = chunk.map((row) =>
      Object.fromEntries(
        keys.map((key) => {
          const column = columns[key];
          if (!column) throw new Error(`The seed writes an unknown column '${key}'.`);
          const value = row[key];
          // jsonb columns travel as JSON already; everything else as the text Postgres would parse.
          const mapped =
            value == null || column.columnType === 'PgJsonb' ? (value ?? null) : column.mapToDriverValue(value);
          return [column.name, typeof mapped === 'bigint' ? mapped.toString() : mapped];
        }),
      ),
    );
    const names = sql.join(
      keys.map((key) => sql.identifier(columns[key]?.name ?? key)),
      sql`, `,
    );
    await tx.execute(sql`insert into ${table} (${names})
      select ${names} from jsonb_populate_recordset(null::${table}, ${JSON.stringify(records)}::jsonb)`);
  }
}

/** `7` → `07`: the two-digit segments of grid, category and organisation codes. */
export const twoDigits = (n: number) => String(n).padStart(2, '0');
