import { randomUUID } from 'node:crypto';
import { createFieldCipher, type Database, type Role } from '@onedoor/db';
import { gridSubgraph } from '@onedoor/grid';
import {
  createPeerClient, GATEWAY_SECRET_HEADER, loadConfig, signToken, startSubgraph, systemClock,
} from '@onedoor/subgraph-kit';
import { openTestDatabase, StatementCounter } from '../support/database';

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; field?: string } }[];
}

export interface GridServer {
  db: Database;
  counter: StatementCounter;
  /** Posts an operation straight to the grid subgraph, with the gateway's secret and the token if given. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GraphQLResponse<T>>;
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
  const running = await startSubgraph(gridSubgraph, {
    db: opened.db,
    clock: systemClock,
    cipher: createFieldCipher(config.dataKey),
    config,
    peers: createPeerClient({}, config.gatewaySecret),
  }, { port: 0 });
  return {
    db: opened.db,
    counter,
    async gql<T>(query: string, variables?: Record<string, unknown>, token?: string | null) {
      const response = await fetch(running.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [GATEWAY_SECRET_HEADER]: config.gatewaySecret,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<T>;
    },
    tokenFor: (roles) => signToken(
      { accountId: randomUUID(), personId: randomUUID(), username: `test-${roles.join('-').toLowerCase()}`, roles, organisationId: null },
      config.jwtSecret,
      '1h',
    ),
    async stop() {
      await running.stop();
      await opened.close();
    },
  };
}

/** The one error of a response, for asserting its code and field. */
export function onlyError<T>(response: GraphQLResponse<T>) {
  if (response.errors?.length !== 1) throw new Error(`expected exactly one error, got ${JSON.stringify(response.errors ?? response.data)}`);
  return { message: response.errors[0]!.message, code: response.errors[0]!.extensions?.code, field: response.errors[0]!.extensions?.field };
}
