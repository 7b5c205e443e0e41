import { postToPeer } from './peer-query';
import { fetchPeerEntities } from './peer-entities';

export type SubgraphName = 'cases' | 'people' | 'grid' | 'funds';

/** Where each subgraph listens; filled in once the servers are up (the runner starts them on free ports). */
export type PeerUrls = Partial<Record<SubgraphName, string>>;

/** Who a peer call is made for: the caller's token and the request id, taken from the request context. */
export interface PeerCallOptions {
  authorization: string | null;
  requestId: string;
}

/**
 * Calls to the other subgraphs as the current caller, bound to the request (`ctx.peers`): the caller's token
 * and request id go along, so the peer applies its own role checks and audit. A subgraph never reads
 * another's tables; this is how it reads and checks another domain's data.
 */
export interface Peers {
  /** Which of `ids` exist (and this caller may see), through federation's own `_entities` field. */
  existing(subgraph: SubgraphName, typename: string, ids: readonly string[]): Promise<Set<string>>;
  /** Runs any operation on a peer (see peer-query.ts); the peer's refusals pass through with their code. */
  query<T>(subgraph: SubgraphName, document: string, variables: Record<string, unknown>): Promise<T>;
  /** Fields of the owner's entities by id, `selection` being the selection inside the type (see `fetchPeerEntities`). */
  entities<T extends { id: string }>(
    subgraph: SubgraphName,
    typename: string,
    ids: readonly string[],
    selection: string,
  ): Promise<Map<string, T>>;
}

/** The process-wide peer client: knows where the peers are; `bind` makes the per-request `Peers`. */
export interface PeerClient {
  bind(options: PeerCallOptions): Peers;
}

export function createPeerClient(urls: PeerUrls, gatewaySecret: string): PeerClient {
  return {
    bind(options) {
      const entities = <T extends { id: string }>(
        subgraph: SubgraphName,
        typename: string,
        ids: readonly string[],
        selection: string,
      ) => fetchPeerEntities<T>({ urls, gatewaySecret, options }, subgraph, typename, ids, selection);
      return {
        query: (subgraph, document, variables) =>
          postToPeer({ urls, gatewaySecret, options }, subgraph, document, variables),
        entities,
        async existing(subgraph, typename, ids) {
          return new Set((await entities(subgraph, typename, ids, '')).keys());
        },
      };
    },
  };
}
