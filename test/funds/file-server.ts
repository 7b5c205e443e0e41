import type { OpenedDatabase } from '@onedoor/db';
import { afterAll, beforeAll } from 'vitest';
import { type FundsServer, startFundsServer } from './funds-server';
import { type ReliefTeam, reliefTeam } from './relief';

// The funds server and relief team of the test file that imports this module. Vitest loads modules afresh
// for every test file, so each file gets its own pair; `startFileServer()` starts it before the file's tests
// and stops it after them.
export let server: FundsServer;
export let team: ReliefTeam;

export function startFileServer(options: { database?: () => Promise<OpenedDatabase> } = {}): void {
  beforeAll(async () => {
    server = await startFundsServer({ database: await options.database?.() });
    team = await reliefTeam(server);
  });
  afterAll(() => server?.stop());
}
