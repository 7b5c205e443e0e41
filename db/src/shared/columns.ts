// Column builders every schema's tables share, so a kind of column is declared the same way everywhere.
import { sql } from 'drizzle-orm';
import { type AnyPgColumn, bigint, boolean, date, integer, jsonb, text, timestamp, uuid } from 'drizzle-orm/pg-core';

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

/** A calendar date without a time of day, read as `YYYY-MM-DD`. */
export const day = (name: string) => date(name, { mode: 'string' });

/** An amount of money in fen (分), read as a bigint so no sum ever rounds. */
export const fen = (name: string) => bigint(name, { mode: 'bigint' });

/** A yes/no flag that is no until set. */
export const flag = (name: string) => boolean(name).notNull().default(false);

/** The optimistic-lock counter a row's writers compare and bump. */
export const version = () => integer('version').notNull().default(1);

/** The unique code and the display name of a coded thing (a category, a fund, a unit). */
export const codeAndName = () => ({
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
});

/** The staff account that did what the row records; null when the system did it. */
export const actor = () => uuid('actor_account_id');

/** A span of time from `starts_at` up to `ends_at` (a duty shift, a leave). */
export const timeSpan = () => ({
  startsAt: at('starts_at').notNull(),
  endsAt: at('ends_at').notNull(),
});

/** A required reference to another table's row. */
export const ref = (name: string, target: () => AnyPgColumn) => uuid(name).notNull().references(target);

/** A required reference to the row this one is part of: deleting that row deletes this one too. */
export const partOf = (name: string, target: () => AnyPgColumn) =>
  uuid(name).notNull().references(target, { onDelete: 'cascade' });

/** A list of words (specialties, aliases, channels), empty rather than null. */
export const textList = <T extends string = string>(name: string) =>
  text(name)
    .array()
    .$type<T[]>()
    .notNull()
    .default(sql`'{}'::text[]`);

/** A list of ids of another subgraph's rows, empty rather than null. */
export const uuidList = (name: string) =>
  uuid(name)
    .array()
    .notNull()
    .default(sql`'{}'::uuid[]`);

/** A JSON array of items (photos, evidence, follow-up notes), empty rather than null. */
export const jsonList = <T>(name: string) =>
  jsonb(name)
    .$type<T[]>()
    .notNull()
    .default(sql`'[]'::jsonb`);

/** A JSON object of details an event carries, empty rather than null. */
export const jsonDetails = (name: string) =>
  jsonb(name)
    .$type<Record<string, unknown>>()
    .notNull()
    .default(sql`'{}'::jsonb`);
