import { GraphQLError } from 'graphql';
import { GATEWAY_SECRET_HEADER, REQUEST_ID_HEADER } from './auth';
import type { PeerCallOptions, PeerUrls, SubgraphName } from './peers';

/** Codes a peer's refusal keeps when it is passed on to our caller: the caller's own input or rights were refused. */
const PASSED_ON = new Set(['BAD_USER_INPUT', 'FORBIDDEN', 'UNAUTHENTICATED', 'NOT_FOUND', 'CONFLICT']);

/** Where the peers listen, the secret that proves the gateway, and the caller the call is made for. */
export interface PeerTarget {
  urls: PeerUrls;
  gatewaySecret: string;
  options: PeerCallOptions;
}

interface PeerResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * Runs one GraphQL operation (a root query, a mutation, or `_entities`) on a peer subgraph as the caller:
 * the caller's token goes along, so the peer applies its own role checks and writes its own audit.
 * A refusal with a known code reaches our caller unchanged (`extensions.peer` says who refused);
 * anything else is an unexpected failure.
 */
export async function postToPeer<T>(
  { urls, gatewaySecret, options }: PeerTarget,
  subgraph: SubgraphName,
  document: string,
  variables: Record<string, unknown>,
): Promise<T> {
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
    body: JSON.stringify({ query: document, variables }),
  });
  const body = (await response.json()) as PeerResponse<T>;
  const first = body.errors?.[0];
  if (first) {
    const code = first.extensions?.code;
    if (typeof code === 'string' && PASSED_ON.has(code)) {
      throw new GraphQLError(first.message, { extensions: { ...first.extensions, code, peer: subgraph } });
    }
    throw new Error(`The ${subgraph} subgraph failed: ${first.message}`);
  }
  if (!body.data) throw new Error(`The ${subgraph} subgraph did not answer (HTTP ${response.status}).`);
  return body.data;
}
