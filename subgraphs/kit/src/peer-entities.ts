import { type PeerTarget, postToPeer } from './peer-query';
import type { SubgraphName } from './peers';

/**
 * Reads fields of another subgraph's entities through federation's `_entities`, in one call, e.g. a
 * case's status for a rule that depends on it. Ids the owner does not know, or will not show this
 * caller, are absent from the result. `selection` is the GraphQL selection inside the type, e.g. `status`.
 */
export async function fetchPeerEntities<T extends { id: string }>(
  target: PeerTarget,
  subgraph: SubgraphName,
  typename: string,
  ids: readonly string[],
  selection: string,
): Promise<Map<string, T>> {
  if (ids.length === 0) return new Map();
  const data = await postToPeer<{ _entities: (T | null)[] }>(
    target,
    subgraph,
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { id ${selection} } } }`,
    { r: ids.map((id) => ({ __typename: typename, id })) },
  );
  return new Map(data._entities.filter((e): e is T => !!e && typeof e.id === 'string').map((e) => [e.id, e]));
}
