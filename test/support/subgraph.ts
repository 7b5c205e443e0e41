import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database, FieldCipher, OpenedDatabase, Role } from '@onedoor/db';
import { createFieldCipher } from '@onedoor/db';
import {
  type Clock,
  createPeerClient,
  type KitConfig,
  loadConfig,
  openFileStore,
  type PeerUrls,
  startSubgraph,
  type SubgraphDefinition,
} from '@onedoor/subgraph-kit';
import { type GraphQLCall, graphqlClient, testToken } from './client';
import { openTestDatabase, StatementCounter } from './database';
import { TestClock } from './clock';

/** One subgraph alone on a fresh database, called over HTTP as the gateway calls it. */
export interface SubgraphHarness<C extends Clock = TestClock> {
  db: Database;
  cipher: FieldCipher;
  config: KitConfig;
  clock: C;
  /** Counts the SQL statements the subgraph runs (the N+1 checks). */
  counter: StatementCounter;
  /** Posts an operation straight to the subgraph, with the gateway's secret and the token if given. */
  gql: GraphQLCall;
  /** A token for a synthetic account with these roles (and organisation, for scoped roles). */
  tokenFor(roles: Role[], account?: { accountId?: string; organisationId?: string | null }): Promise<string>;
  /** Where the peers are: tests that stand in for other subgraphs fill it in before calling. */
  peerUrls: PeerUrls;
  stop(): Promise<void>;
}

/**
 * The one single-subgraph harness every suite uses: the subgraph on a fresh database (PGlite or PostgreSQL,
 * per vitest project, or a given one), the test clock, the statement counter and a client.
 * Extra subgraphs (stand-ins for peers) can be started on the same database and clock with `alsoStart`.
 */
export async function startSubgraphHarness<L, C extends Clock = TestClock>(
  definition: SubgraphDefinition<L>,
  options: {
    clock?: C;
    database?: OpenedDatabase;
    counter?: StatementCounter;
    alsoStart?: SubgraphDefinition<unknown>[];
  } = {},
): Promise<SubgraphHarness<C>> {
  const counter = options.counter ?? new StatementCounter();
  const opened = options.database ?? (await openTestDatabase({ logger: counter }));
  const filesDir = mkdtempSync(join(tmpdir(), 'onedoor-files-'));
  const config = loadConfig({ NODE_ENV: 'test', ONEDOOR_FILES_DIR: filesDir });
  const cipher = createFieldCipher(config.dataKey);
  const clock = options.clock ?? (new TestClock() as unknown as C);
  const peerUrls: PeerUrls = {};
  const deps = {
    db: opened.db,
    clock,
    cipher,
    config,
    files: openFileStore(config),
    peers: createPeerClient(peerUrls, config.gatewaySecret),
  };
  const extras = await Promise.all((options.alsoStart ?? []).map((d) => startSubgraph(d, deps, { port: 0 })));
  const running = await startSubgraph(definition, deps, { port: 0 });
  return {
    db: opened.db,
    cipher,
    config,
    clock,
    counter,
    gql: graphqlClient(running.url, config.gatewaySecret),
    tokenFor: (roles, account) => testToken(config, roles, account),
    peerUrls: Object.assign(peerUrls, Object.fromEntries(extras.map((e) => [e.name, e.url]))),
    async stop() {
      await running.stop();
      await Promise.all(extras.map((e) => e.stop()));
      if (!options.database) await opened.close();
      rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
