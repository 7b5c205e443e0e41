import { graphqlClient, type GraphQLResponse, onlyError, testToken } from '../support/client';
import { createFieldCipher, type Database, type Role } from '@onedoor/db';
import { gridSubgraph } from '@onedoor/grid';
import { createPeerClient, loadConfig, startSubgraph, systemClock } from '@onedoor/subgraph-kit';
import { openTestDatabase, StatementCounter } from '../support/database';

export interface GridServer {
  db: Database;
  counter: StatementCounter;
  /** Posts an operation straight to the grid subgraph, with the gateway's secret and the token if given. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<GraphQLResponse<T>>;
  tokenFor(roles: Role[]): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The grid subgraph alone on a fresh database (PGlite or PostgreSQL, per vitest project), called
 * over HTTP as the gateway would call it. Its own tests need no other subgraph.
 */
export async function startGridServer(): Promise<GridServer> {
  const counter = new StatementCounter();
  const opened = await openTestDatabase({ logger: counter });
  const config = loadConfig({ NODE_ENV: 'test' });
  const running = await startSubgraph(
    gridSubgraph,
    {
      db: opened.db,
      clock: systemClock,
      cipher: createFieldCipher(config.dataKey),
      config,
      peers: createPeerClient({}, config.gatewaySecret),
    },
    { port: 0 },
  );
  return {
    db: opened.db,
    counter,
    gql: graphqlClient(running.url, config.gatewaySecret),
    tokenFor: (roles) => testToken(config, roles),
    async stop() {
      await running.stop();
      await opened.close();
    },
  };
}

export { onlyError, type GraphQLResponse };
