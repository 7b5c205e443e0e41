import { sql } from 'drizzle-orm';
import { timestamp, uuid } from 'drizzle-orm/pg-core';

/** Primary key: a random UUID made by the database. */
export const id = () =>
  uuid('id')
    .primaryKey()
    .default(sql`gen_random_uuid()`);

/**
 * A timestamptz column read as a JS Date. Millisecond precision, the precision of a JS Date, so a
 * value read back (a page cursor, say) compares equal to the stored one.
 */
export const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/** `created_at` / `updated_at`, the same in every table. */
export const timestamps = {
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
};
