import { randomUUID } from 'node:crypto';
import type { Role } from '@onedoor/db';
import { GATEWAY_SECRET_HEADER, type KitConfig, signToken } from '@onedoor/subgraph-kit';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions?: { code?: string; field?: string; [k: string]: unknown };
  }[];
}

export type GraphQLCall = <T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
  token?: string | null,
) => Promise<GraphQLResponse<T>>;

/** Posts operations to one endpoint: the gateway, or a subgraph when given the gateway's secret. */
export function graphqlClient(url: string, gatewaySecret?: string): GraphQLCall {
  return async <T>(query: string, variables?: Record<string, unknown>, token?: string | null) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(gatewaySecret ? { [GATEWAY_SECRET_HEADER]: gatewaySecret } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  };
}

/** A token for a synthetic account with these roles, signed like a real login. */
export function testToken(
  config: KitConfig,
  roles: Role[],
  account: { accountId?: string; organisationId?: string | null } = {},
): Promise<string> {
  return signToken(
    {
      accountId: account.accountId ?? randomUUID(),
      personId: randomUUID(),
      username: `test-${roles.join('-').toLowerCase()}`,
      roles,
      organisationId: account.organisationId ?? null,
    },
    config.jwtSecret,
    '1h',
  );
}

/** The one error of a response, for asserting its code and field. */
export function onlyError<T>(response: GraphQLResponse<T>) {
  if (response.errors?.length !== 1)
    throw new Error(`expected exactly one error, got ${JSON.stringify(response.errors ?? response.data)}`);
  const [error] = response.errors;
  return {
    message: error!.message,
    code: error!.extensions?.code,
    field: error!.extensions?.field,
    extensions: error!.extensions ?? {},
  };
}
