import type { DocumentNode } from '@apollo/client';
import { Kind, OperationTypeNode } from 'graphql';
import buildGraphQLProvider from 'ra-data-graphql';
import type { DataProvider } from 'react-admin';
import { apolloClient } from './client';
import { toHttpError, type Translate } from './errors';
import type { ResourceQueries } from './resource';

type Method = keyof ResourceQueries;
const METHODS: Record<string, Method> = {
  GET_LIST: 'getList',
  GET_ONE: 'getOne',
  GET_MANY: 'getMany',
  GET_MANY_REFERENCE: 'getManyReference',
  CREATE: 'create',
  UPDATE: 'update',
  DELETE: 'delete',
};

/** The data provider plus one free-form call for the workflow screens. */
export interface OneDoorDataProvider extends DataProvider {
  graphql<T = Record<string, unknown>>(query: DocumentNode, variables?: Record<string, unknown>): Promise<T>;
}

/**
 * ra-data-graphql over the gateway, with the mapping written out per resource (`queries`) instead of
 * introspected: the admin works the same whether or not the gateway allows introspection. A refusal's
 * message is worded by `translate` (the i18n provider's) in the language on screen.
 */
export function createDataProvider(
  queries: Record<string, ResourceQueries>,
  translate?: Translate,
): OneDoorDataProvider {
  const base = buildGraphQLProvider({
    client: apolloClient,
    introspection: false,
    query: { fetchPolicy: 'no-cache' } as never,
    buildQuery: () => (fetchType: string, resource: string, params: unknown) => {
      const method = METHODS[fetchType];
      const build = method ? queries[resource]?.[method] : undefined;
      if (!build) throw new Error(`The back office has no ${fetchType} for "${resource}".`);
      return (build as (p: unknown) => ReturnType<NonNullable<ResourceQueries['getOne']>>)(params);
    },
  });
  const wrapped = Object.fromEntries(
    Object.entries(base).map(([name, fn]) => [
      name,
      typeof fn === 'function'
        ? async (...args: unknown[]) => {
            try {
              return await (fn as (...a: unknown[]) => Promise<unknown>)(...args);
            } catch (error) {
              throw toHttpError((error as { body?: unknown }).body ?? error, translate);
            }
          }
        : fn,
    ]),
  ) as unknown as DataProvider;
  return {
    ...wrapped,
    async graphql(query, variables) {
      try {
        const operation = query.definitions[0];
        const isMutation =
          operation?.kind === Kind.OPERATION_DEFINITION && operation.operation === OperationTypeNode.MUTATION;
        const result = isMutation
          ? await apolloClient.mutate({ mutation: query, variables })
          : await apolloClient.query({ query, variables, fetchPolicy: 'no-cache' });
        return result.data as never;
      } catch (error) {
        throw toHttpError(error, translate);
      }
    },
  };
}
