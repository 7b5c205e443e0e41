import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dumpPgliteTemplate } from '@onedoor/db';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A file holding a dump of a migrated, empty PGlite database, made once per run. */
    pgliteTemplate?: string;
  }
}

/**
 * Migrates one in-memory PGlite database for this run and leaves its dump in a file; every test file then
 * starts its own database from it (`openTestDatabase`), as the PostgreSQL suites copy a template database.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'onedoor-pglite-template-'));
  const file = join(dir, 'migrated.tar');
  writeFileSync(file, Buffer.from(await (await dumpPgliteTemplate()).arrayBuffer()));
  project.provide('pgliteTemplate', file);
  return () => rmSync(dir, { recursive: true, force: true });
}
