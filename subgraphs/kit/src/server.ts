import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { DocumentNode } from 'graphql';
import { gql } from 'graphql-tag';
import { type BaseContext, type Context, type ContextDeps, createContext } from './context';
import { formatError } from './errors';
import { guardResolvers } from './guard';
import { mergeResolvers, type ResolverMap, type ResolverPart } from './resolvers';
import { type RunningHttp, serveGraphQL } from './http';
import type { SubgraphName } from './peers';
import { scalarResolvers } from './scalars';

/** Everything a subgraph package exports for the runner: its SDL, resolvers and per-request loaders. */
export interface SubgraphDefinition<L> {
  name: SubgraphName;
  typeDefs: DocumentNode;
  /** Its resolvers, merged from one part per aggregate with `mergeResolvers`. */
  resolvers: ResolverMap<Context<L>>;
  createLoaders: (base: BaseContext) => L;
  /** Root fields callable without a token, e.g. `Mutation.login`. */
  publicFields?: string[];
  /** Entity types whose references resolve without a token (names of organisations, say). */
  publicEntities?: string[];
  /**
   * Work to finish before the subgraph answers, at every start (bringing rows up to date after a data key
   * rotation, say); it must be idempotent and safe to run on several replicas at once.
   */
  prepare?: (deps: ContextDeps) => Promise<void>;
}

/** Reads a subgraph's `schema.graphql`. */
export function loadTypeDefs(url: URL): DocumentNode {
  return gql(readFileSync(url, 'utf8'));
}

/**
 * A subgraph from the files every subgraph has: its `schema.graphql` (the URL of that file) and its resolvers,
 * one part per aggregate, merged with `mergeResolvers`.
 */
export function defineSubgraph<L>({
  schema,
  resolvers,
  ...rest
}: Omit<SubgraphDefinition<L>, 'typeDefs' | 'resolvers'> & {
  schema: URL;
  resolvers: readonly ResolverPart[];
}): SubgraphDefinition<L> {
  return { ...rest, typeDefs: loadTypeDefs(schema), resolvers: mergeResolvers(...resolvers) };
}

/** The Apollo server settings every OneDoor server shares: no phoning home, no CDN landing page, safe errors. */
export function commonServerOptions(introspection: boolean, { subgraph = false } = {}) {
  const quiet = [
    ApolloServerPluginLandingPageDisabled(),
    ApolloServerPluginUsageReportingDisabled(),
    ApolloServerPluginSchemaReportingDisabled(),
  ];
  return {
    introspection,
    includeStacktraceInErrorResponses: false,
    // The runner and standalone mains stop servers and the database in order on a signal.
    stopOnTerminationSignals: false,
    formatError: (formatted: Parameters<typeof formatError>[0], error: unknown) => formatError(formatted, error),
    // Inline traces exist only for Apollo's usage reporting, which OneDoor never sends.
    plugins: subgraph ? [...quiet, ApolloServerPluginInlineTraceDisabled()] : quiet,
  };
}

export function createSubgraphServer<L>(definition: SubgraphDefinition<L>, deps: ContextDeps) {
  const resolvers = guardResolvers(
    { ...scalarResolvers, ...definition.resolvers },
    definition.publicFields,
    definition.publicEntities,
  );
  const schema = buildSubgraphSchema([{ typeDefs: definition.typeDefs, resolvers: resolvers as ResolverMap }]);
  return new ApolloServer<Context<L>>({
    schema,
    ...commonServerOptions(deps.config.introspection, { subgraph: true }),
  });
}

/** Starts one subgraph on a port (0 picks a free one). */
export async function startSubgraph<L>(
  definition: SubgraphDefinition<L>,
  deps: ContextDeps,
  listen: { port: number; host?: string },
): Promise<RunningHttp & { name: SubgraphName }> {
  await definition.prepare?.(deps);
  const server = createSubgraphServer(definition, deps);
  const running = await serveGraphQL(server, {
    ...listen,
    context: (headers) => createContext(headers, deps, definition.createLoaders),
  });
  return { ...running, name: definition.name };
}
