import { randomUUID } from 'node:crypto';
import type { Database, FieldCipher } from '@onedoor/db';
import { GATEWAY_SECRET_HEADER, REQUEST_ID_HEADER, secretMatches, type Viewer, viewerFromAuthorization } from './auth';
import type { KitConfig } from './env';
import { forbidden } from './errors';
import type { FileStore } from './files/store';
import type { PeerClient, Peers } from './peers';

/** The time source; tests pass a fixed or movable clock. */
export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

/** What every resolver of every subgraph receives, before the subgraph's own loaders. */
export interface BaseContext {
  requestId: string;
  viewer: Viewer | null;
  /** The caller's Authorization header, forwarded on calls to peer subgraphs. */
  authorization: string | null;
  db: Database;
  clock: Clock;
  cipher: FieldCipher;
  config: KitConfig;
  /** Where uploaded evidence and issued notices keep their bytes. */
  files: FileStore;
  /** Calls to the other subgraphs as this caller (token and request id bound). */
  peers: Peers;
}

export type Context<L> = BaseContext & { loaders: L };

export interface ContextDeps {
  db: Database;
  clock: Clock;
  cipher: FieldCipher;
  config: KitConfig;
  files: FileStore;
  peers: PeerClient;
}

type HeaderMap = { get(name: string): string | undefined };

/**
 * Builds the per-request context: refuses callers without the gateway's shared secret (so limits
 * and auditing cannot be bypassed), verifies the forwarded token, and creates fresh DataLoaders.
 */
export async function createContext<L>(
  headers: HeaderMap,
  deps: ContextDeps,
  createLoaders: (base: BaseContext) => L,
): Promise<Context<L>> {
  if (!secretMatches(headers.get(GATEWAY_SECRET_HEADER), deps.config.gatewaySecret)) {
    throw forbidden('This subgraph accepts requests only through the OneDoor gateway.', true);
  }
  const authorization = headers.get('authorization') ?? null;
  const viewer = await viewerFromAuthorization(authorization, deps.config.jwtSecret);
  const requestId = headers.get(REQUEST_ID_HEADER) ?? randomUUID();
  const base: BaseContext = {
    ...deps,
    requestId,
    viewer,
    authorization,
    peers: deps.peers.bind({ authorization, requestId }),
  };
  return { ...base, loaders: createLoaders(base) };
}
