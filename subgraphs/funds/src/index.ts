import { loadTypeDefs, type SubgraphDefinition } from '@onedoor/subgraph-kit';
import { createLoaders, type FundsLoaders } from './loaders';
import { Disbursement, Fund } from './resolvers/fund';
import { Mutation } from './resolvers/mutation';
import { Query } from './resolvers/query';
import { Case, Person } from './resolvers/references';

/** The funds subgraph: relief funds (救助基金) and the disbursements paid from them. */
export const fundsSubgraph: SubgraphDefinition<FundsLoaders> = {
  name: 'funds',
  typeDefs: loadTypeDefs(new URL('../schema.graphql', import.meta.url)),
  resolvers: { Query, Mutation, Fund, Disbursement, Case, Person },
  createLoaders,
};
