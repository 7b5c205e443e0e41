import { postToPeer } from './peer-query';
import { fetchPeerEntities } from './peer-entities';

export type SubgraphName = 'cases' | 'people' | 'grid' | 'funds';

/** Where each subgraph listens; filled in once the servers are up (the runner starts them on free ports). */
export type PeerUrls = Partial<Record<SubgraphName, string>>;

export interface PeerCallOptions {
  authorization: string | null;
  requestId: string;
}

/**
 * Asks the owning subgraph which of `ids` exist, through federation's own `_entities` field.
 * A subgraph never reads another's tables; this is how it checks a reference on input.
 */
export interface PeerClient {
  existing(
    subgraph: SubgraphName,
    typename: string,
    ids: readonly string[],
    options: PeerCallOptions,
  ): Promise<Set<string>>;
  /** Runs any operation on a peer as the caller (see peer-query.ts); the peer's refusals pass through with their code. */
  query<T>(
    subgraph: SubgraphName,
    document: string,
    variables: Record<string, unknown>,
    options: PeerCallOptions,
  ): Promise<T>;
  /** Fields of the owner's entities by id (see `fetchPeerEntities`). */
  entities<T extends { id: string }>(
    subgraph: SubgraphName,
    typename: string,
    ids: readonly string[],
    selection: string,
    options: PeerCallOptions,
  ): Promise<Map<string, T>>;
}

export function createPeerClient(urls: PeerUrls, gatewaySecret: string): PeerClient {
  const entities = <T extends { id: string }>(
    subgraph: SubgraphName,
    typename: string,
    ids: readonly string[],
    selection: string,
    options: PeerCallOptions,
  ) => fetchPeerEntities<T>(urls, gatewaySecret, subgraph, typename, ids, selection, options);
  return {
    query: (subgraph, document, variables, options) =>
      postToPeer(urls, gatewaySecret, subgraph, document, variables, options),
    entities,
    async existing(subgraph, typename, ids, options) {
      return new Set((await entities(subgraph, typename, ids, '', options)).keys());
    },
  };
}
