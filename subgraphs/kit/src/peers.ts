import { GATEWAY_SECRET_HEADER, REQUEST_ID_HEADER } from './auth';
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
  existing(subgraph: SubgraphName, typename: string, ids: readonly string[], options: PeerCallOptions): Promise<Set<string>>;
  /** Runs any operation on a peer as the caller (see peer-query.ts); the peer's refusals pass through with their code. */
  query<T>(subgraph: SubgraphName, document: string, variables: Record<string, unknown>, options: PeerCallOptions): Promise<T>;
  /** Fields of the owner's entities by id (see `fetchPeerEntities`). */
  entities<T extends { id: string }>(
    subgraph: SubgraphName, typename: string, ids: readonly string[], selection: string, options: PeerCallOptions,
  ): Promise<Map<string, T>>;
}

export function createPeerClient(urls: PeerUrls, gatewaySecret: string): PeerClient {
  return {
    query: (subgraph, document, variables, options) => postToPeer(urls, gatewaySecret, subgraph, document, variables, options),
    entities(subgraph, typename, ids, selection, options) {
      const url = urls[subgraph];
      if (!url) throw new Error(`No URL known for the ${subgraph} subgraph.`);
      return fetchPeerEntities(url, gatewaySecret, typename, ids, selection, options);
    },
    async existing(subgraph, typename, ids, options) {
      if (ids.length === 0) return new Set();
      const url = urls[subgraph];
      if (!url) throw new Error(`No URL known for the ${subgraph} subgraph.`);
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [GATEWAY_SECRET_HEADER]: gatewaySecret,
          [REQUEST_ID_HEADER]: options.requestId,
          ...(options.authorization ? { authorization: options.authorization } : {}),
        },
        body: JSON.stringify({
          query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { id } } }`,
          variables: { r: ids.map((id) => ({ __typename: typename, id })) },
        }),
      });
      const body = (await response.json()) as { data?: { _entities: ({ id: string } | null)[] }; errors?: { message: string }[] };
      if (!body.data) throw new Error(`The ${subgraph} subgraph did not answer: ${body.errors?.[0]?.message ?? response.status}`);
      return new Set(body.data._entities.filter((e): e is { id: string } => !!e).map((e) => e.id));
    },
  };
}
