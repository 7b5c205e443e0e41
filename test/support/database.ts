import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { openDatabase, type OpenedDatabase } from '@onedoor/db';
import type { Logger } from 'drizzle-orm/logger';
import postgres from 'postgres';
import { inject } from 'vitest';
import { withDatabase } from './postgres-setup';

export type TestDatabaseKind = 'pglite' | 'postgres';

export const testDatabaseKind = (): TestDatabaseKind =>
  process.env.ONEDOOR_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

let pgliteTemplate: Blob | undefined;

/** The run's migrated PGlite dump (test/support/pglite-setup.ts), read once per worker; none outside those projects. */
function readPgliteTemplate(): Blob | undefined {
  const file = inject('pgliteTemplate');
  if (!file) return undefined;
  pgliteTemplate ??= new Blob([readFileSync(file)]);
  return pgliteTemplate;
}

/**
 * A fresh, migrated, throw-away database for one test file: in-memory PGlite started from the run's
 * migrated dump, or a copy of the run's PostgreSQL template that is dropped on close.
 */
export async function openTestDatabase(options: { logger?: Logger; poolSize?: number } = {}): Promise<OpenedDatabase> {
  if (testDatabaseKind() === 'pglite') {
    const template = readPgliteTemplate();
    return openDatabase({ dataDir: 'memory://', logger: options.logger, template, migrate: !template });
  }
  const url = process.env.ONEDOOR_TEST_PG_URL!;
  const name = `onedoor_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name} template ${inject('pgTemplate')}`);
  const opened = await openDatabase({
    url: withDatabase(url, name),
    migrate: false,
    logger: options.logger,
    poolSize: options.poolSize ?? 5,
  });
  return {
    ...opened,
    async close() {
      await opened.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

/** Records SQL statements and counts them by the Postgres schema they touch. */
export class StatementCounter implements Logger {
  readonly statements: string[] = [];

  logQuery(query: string): void {
    this.statements.push(query);
  }

  reset(): void {
    this.statements.length = 0;
  }

  /** Statements that read or write the given schema (`"people".`, `"grid".` …). */
  touching(schema: string): string[] {
    return this.statements.filter((q) => q.includes(`"${schema}".`));
  }
}
