import { randomBytes } from 'node:crypto';
import { openDatabase } from '@onedoor/db';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    pgTemplate: string;
  }
}

/**
 * Makes one migrated template database for this run; every test file then copies it
 * (`create database … template …`), so files never share state and runs never collide.
 */
export default async function setup(project: TestProject) {
  const url = process.env.ONEDOOR_TEST_PG_URL!;
  const template = `onedoor_tpl_${randomBytes(5).toString('hex')}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${template}`);
  const migrated = await openDatabase({ url: withDatabase(url, template), poolSize: 1 });
  await migrated.close();
  project.provide('pgTemplate', template);
  return async () => {
    await admin.unsafe(`drop database if exists ${template} with (force)`);
    await admin.end({ timeout: 5 });
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
