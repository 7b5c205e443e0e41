import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFieldCipher, type Database, type OpenedDatabase, type Role } from '@onedoor/db';
import { readCommittedSupergraph, type StackOptions, startStack } from '@onedoor/gateway';
import { seedDemo } from '@onedoor/gateway/seed';
import { type Clock, type KitConfig, loadConfig, type SubgraphName } from '@onedoor/subgraph-kit';
import { graphqlClient, type GraphQLResponse, testToken } from './client';
import { openTestDatabase, StatementCounter, testDatabaseKind } from './database';

export type { GraphQLResponse };

export interface TestStack {
  kind: ReturnType<typeof testDatabaseKind>;
  db: Database;
  config: KitConfig;
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  /** Every SQL statement since the last `counter.reset()`. */
  counter: StatementCounter;
  /** Posts an operation to the gateway (with a token when given). */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<GraphQLResponse<T>>;
  /** A token for a synthetic account with these roles (and organisation), signed like a real login. */
  tokenFor(roles: Role[], organisationId?: string | null): Promise<string>;
  /** Logs a demo account in through the API. */
  login(username: string, password?: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The whole system for one test file: a fresh database (PGlite or PostgreSQL, per project), the demo
 * county when asked, four subgraphs and the gateway on free ports, all over real HTTP.
 */
export async function startTestStack(
  options: {
    seed?: boolean;
    clock?: Clock;
    now?: Date;
    routes?: StackOptions['routes'];
    /** A files directory to keep (a restart test passes the same one twice); by default a fresh one, removed on stop. */
    filesDir?: string;
    /** A database to keep (a restart test passes the same one twice), left open on stop; by default a fresh one. */
    database?: OpenedDatabase;
    /** More environment for `loadConfig` (an S3-compatible store's `ONEDOOR_S3_*`). */
    env?: Record<string, string>;
  } = {},
): Promise<TestStack> {
  const counter = new StatementCounter();
  const opened = options.database ?? (await openTestDatabase({ logger: counter }));
  const filesDir = options.filesDir ?? mkdtempSync(join(tmpdir(), 'onedoor-files-'));
  const config = loadConfig({ NODE_ENV: 'test', ONEDOOR_FILES_DIR: filesDir, ...options.env });
  const cipher = createFieldCipher(config.dataKey);
  if (options.seed !== false)
    await seedDemo({ db: opened.db, cipher, now: options.now ?? options.clock?.now() ?? new Date() });
  const stack = await startStack({
    db: opened.db,
    config,
    cipher,
    supergraphSdl: readCommittedSupergraph(),
    port: 0,
    clock: options.clock,
    routes: options.routes,
  });
  counter.reset();

  const gql = graphqlClient(stack.gatewayUrl);
  return {
    kind: testDatabaseKind(),
    db: opened.db,
    config,
    gatewayUrl: stack.gatewayUrl,
    subgraphUrls: stack.subgraphUrls,
    counter,
    gql,
    tokenFor: (roles, organisationId = null) => testToken(config, roles, { organisationId }),
    async login(username, password = 'onedoor-demo') {
      const res = await gql<{ login: { token: string } }>('mutation($i: LoginInput!) { login(input: $i) { token } }', {
        i: { username, password },
      });
      if (!res.data?.login) throw new Error(`login ${username} failed: ${JSON.stringify(res.errors)}`);
      return res.data.login.token;
    },
    async stop() {
      await stack.stop();
      if (!options.database) await opened.close();
      if (!options.filesDir) rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
