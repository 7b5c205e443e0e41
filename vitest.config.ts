import postgres from 'postgres';
import { defineConfig } from 'vitest/config';

/**
 * One config, three kinds of suite:
 * - `*.unit.test.ts`: no database, run once;
 * - `*.test.ts`: database-backed, run on PGlite and again on PostgreSQL when one is reachable;
 * - `*.pg.test.ts` only on PostgreSQL (concurrency), `*.pglite.test.ts` only on PGlite (the embedded data directory);
 * - `test/browser/*.browser.test.ts`: the back office in Debian's Chromium against the real stack on PGlite.
 * ONEDOOR_REQUIRE_POSTGRES=1 turns an unreachable PostgreSQL into a failure instead of a skipped run.
 */
const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/test';

async function reachable(url: string): Promise<boolean> {
  const sql = postgres(url, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

export default defineConfig(async () => {
  const url = process.env.DATABASE_URL ?? LOCAL_POSTGRES;
  const pgUp = await reachable(url);
  if (!pgUp && process.env.ONEDOOR_REQUIRE_POSTGRES === '1') {
    throw new Error(
      `ONEDOOR_REQUIRE_POSTGRES=1 but PostgreSQL at ${url.replace(/:[^:@/]+@/, ':***@')} is not reachable.`,
    );
  }
  // globalSetup runs in this process, not in a worker: it reads the URL from here.
  if (pgUp) process.env.ONEDOOR_TEST_PG_URL = url;
  if (!pgUp)
    console.warn(`[vitest] PostgreSQL at ${url} is not reachable: running the database suites on PGlite only.`);
  const shared = { testTimeout: 30_000, hookTimeout: 60_000, env: { TZ: 'UTC', DATABASE_URL: '' } };
  return {
    test: {
      reporters: ['default', './test/support/summary-reporter.ts'],
      // Two files at a time: a file mostly waits on PostgreSQL, Chromium or its own servers, so one worker
      // (vitest's default on two cores) left a core idle. Browser files still run one at a time (below).
      maxWorkers: 2,
      projects: [
        { test: { ...shared, name: 'unit', include: ['test/**/*.unit.test.ts'] } },
        {
          test: {
            ...shared,
            name: 'bench',
            include: [],
            benchmark: { include: ['test/bench/**/*.bench.ts'] },
            env: { ...shared.env, ONEDOOR_TEST_DB: 'pglite' },
          },
        },
        {
          test: {
            ...shared,
            name: 'pglite',
            include: ['test/**/*.test.ts'],
            exclude: ['test/**/*.unit.test.ts', 'test/**/*.pg.test.ts', 'test/bench/**', 'test/browser/**'],
            env: { ...shared.env, ONEDOOR_TEST_DB: 'pglite' },
            globalSetup: ['test/support/pglite-setup.ts'],
          },
        },
        {
          test: {
            ...shared,
            name: 'browser',
            include: ['test/browser/**/*.browser.test.ts'],
            maxWorkers: 1,
            testTimeout: 90_000,
            hookTimeout: 120_000,
            env: { ...shared.env, ONEDOOR_TEST_DB: 'pglite' },
            globalSetup: ['test/browser/support/global-setup.ts', 'test/support/pglite-setup.ts'],
          },
        },
        ...(pgUp
          ? [
              {
                test: {
                  ...shared,
                  name: 'postgres',
                  include: ['test/**/*.test.ts'],
                  exclude: ['test/**/*.unit.test.ts', 'test/**/*.pglite.test.ts', 'test/bench/**', 'test/browser/**'],
                  env: { ...shared.env, ONEDOOR_TEST_DB: 'postgres', ONEDOOR_TEST_PG_URL: url },
                  globalSetup: ['test/support/postgres-setup.ts'],
                },
              },
            ]
          : []),
      ],
    },
  };
});
