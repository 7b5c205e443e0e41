import { loadTypeDefs, type SubgraphDefinition } from '@onedoor/subgraph-kit';
import { type CasesLoaders, createLoaders } from './loaders';
import { Case, CaseProgress, Category } from './resolvers/case';
import { Mutation } from './resolvers/mutation';
import { Query } from './resolvers/query';

/** The cases subgraph: petitions and their whole lifecycle. */
export const casesSubgraph: SubgraphDefinition<CasesLoaders> = {
  name: 'cases',
  typeDefs: loadTypeDefs(new URL('../schema.graphql', import.meta.url)),
  resolvers: { Query, Mutation, Case, CaseProgress, Category },
  createLoaders,
  publicFields: ['Query.trackCase'],
};
