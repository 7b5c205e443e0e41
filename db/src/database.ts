import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { Logger } from 'drizzle-orm/logger';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import * as schema from './schema';

export type Schema = typeof schema;
/** One type for both drivers, so every repository has a single code path. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle: what a repository receives inside a mutation. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** Either the database or an open transaction. */
export type Executor = Database | Transaction;

export interface OpenedDatabase {
  db: Database;
  /** `pglite` (embedded) or `postgres` (a server through postgres.js). */
  kind: 'pglite' | 'postgres';
  /** Where the data lives: a directory for PGlite, the URL without password for PostgreSQL. */
  location: string;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** PostgreSQL URL (the caller's `loadConfig().databaseUrl`). When absent, PGlite is used. */
  url?: string;
  /** PGlite data directory (`memory://` for in-memory); defaults to `<repo>/.data/pglite`. */
  dataDir?: string;
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean;
  /** Sees every SQL statement (tests count them). */
  logger?: Logger;
  /** postgres.js pool size (default 10). */
  poolSize?: number;
  /**
   * PGlite only: start from this dump of a data directory (`dumpPgliteTemplate`) instead of an empty one;
   * tests copy one migrated template per file instead of migrating each time.
   */
  template?: Blob;
}

export const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));
export const defaultDataDir = fileURLToPath(new URL('../../.data/pglite', import.meta.url));

const MIGRATION_LOCK = 7_365_001;

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<OpenedDatabase> {
  const url = options.url;
  const shouldMigrate = options.migrate ?? true;
  if (url) {
    if (shouldMigrate) await migrateServer(url);
    const client = postgres(url, { max: options.poolSize ?? 10, onnotice: () => {} });
    const db = drizzlePostgres(client, { schema, logger: options.logger }) as unknown as Database;
    return { db, kind: 'postgres', location: redact(url), close: () => client.end({ timeout: 5 }) };
  }
  const dataDir = options.dataDir ?? defaultDataDir;
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir, options.template ? { loadDataDir: options.template } : {});
  const db = drizzlePglite(client, { schema, logger: options.logger }) as unknown as Database;
  if (shouldMigrate) await migratePglite(drizzlePglite(client), { migrationsFolder });
  return { db, kind: 'pglite', location: dataDir, close: () => client.close() };
}

/** An in-memory PGlite database with every migration applied, dumped: the `template` of later opens. */
export async function dumpPgliteTemplate(): Promise<Blob> {
  const client = await PGlite.create('memory://');
  try {
    await migratePglite(drizzlePglite(client), { migrationsFolder });
    return await client.dumpDataDir('none');
  } finally {
    await client.close();
  }
}

/** Migrations on a server run on one connection under an advisory lock, so replicas starting together do not race. */
async function migrateServer(url: string): Promise<void> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migratePostgres(drizzlePostgres(client), { migrationsFolder });
    await client`select pg_advisory_unlock(${MIGRATION_LOCK})`;
  } finally {
    await client.end({ timeout: 5 });
  }
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres';
  }
}
