import { GATEWAY_SECRET_HEADER, REQUEST_ID_HEADER } from './auth';
import type { PeerCallOptions } from './peers';

/**
 * Posts one read-only operation to a peer subgraph with the caller's identity, as the gateway would.
 * For the few places where a subgraph needs another's figures to compute its own answer (a
 * mediator's open cases for ranking, say); references are still resolved by the gateway.
 */
export async function queryPeer<T>(url: string | undefined, gatewaySecret: string, query: string, variables: Record<string, unknown>, options: PeerCallOptions): Promise<T> {
  if (!url) throw new Error('No URL known for the peer subgraph.');
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [GATEWAY_SECRET_HEADER]: gatewaySecret,
      [REQUEST_ID_HEADER]: options.requestId,
      ...(options.authorization ? { authorization: options.authorization } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T | null; errors?: { message: string }[] };
  if (!body.data || body.errors?.length) throw new Error(`The peer subgraph refused a query: ${body.errors?.[0]?.message ?? response.status}`);
  return body.data;
}
