import { GATEWAY_SECRET_HEADER, REQUEST_ID_HEADER } from './auth';
import type { PeerCallOptions } from './peers';

/**
 * Reads fields of another subgraph's entities through federation's `_entities`, in one call, e.g. a
 * case's status for a rule that depends on it. Ids the owner does not know, or will not show this
 * caller, are absent from the result. `selection` is the GraphQL selection inside the type, e.g. `id status`.
 */
export async function fetchPeerEntities<T extends { id: string }>(
  url: string, gatewaySecret: string, typename: string, ids: readonly string[], selection: string, options: PeerCallOptions,
): Promise<Map<string, T>> {
  if (ids.length === 0) return new Map();
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [GATEWAY_SECRET_HEADER]: gatewaySecret,
      [REQUEST_ID_HEADER]: options.requestId,
      ...(options.authorization ? { authorization: options.authorization } : {}),
    },
    body: JSON.stringify({
      query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { id ${selection} } } }`,
      variables: { r: ids.map((id) => ({ __typename: typename, id })) },
    }),
  });
  const body = (await response.json()) as { data?: { _entities: (T | null)[] }; errors?: { message: string }[] };
  if (!body.data) throw new Error(`The peer at ${url} did not answer: ${body.errors?.[0]?.message ?? response.status}`);
  return new Map(body.data._entities.filter((e): e is T => !!e && typeof e.id === 'string').map((e) => [e.id, e]));
}
