import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { type Context, loadTypeDefs, type SubgraphDefinition } from '@onedoor/subgraph-kit';
import { createLoaders, type GridLoaders } from './loaders';
import { gridUnitResolvers } from './resolvers/grid-units';
import { organisationResolvers } from './resolvers/organisations';

export type { GridLoaders } from './loaders';

export const gridSubgraph: SubgraphDefinition<GridLoaders> = {
  name: 'grid',
  typeDefs: loadTypeDefs(new URL('../schema.graphql', import.meta.url)),
  resolvers: {
    Query: { ...gridUnitResolvers.Query, ...organisationResolvers.Query },
    Mutation: { ...gridUnitResolvers.Mutation, ...organisationResolvers.Mutation },
    GridUnit: gridUnitResolvers.GridUnit,
    Organisation: organisationResolvers.Organisation,
  } as GraphQLResolverMap<Context<GridLoaders>>,
  createLoaders,
  // Names of places and bodies are public (the citizens' tracking page shows the responsible unit);
  // the root queries still need a signed-in viewer.
  publicEntities: ['GridUnit', 'Organisation'],
};
