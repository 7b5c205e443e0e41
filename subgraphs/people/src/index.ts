import { loadTypeDefs, type SubgraphDefinition } from '@onedoor/subgraph-kit';
import { createLoaders, type PeopleLoaders } from './loaders';
import { accountResolvers } from './resolvers/accounts';
import { mediatorResolvers } from './resolvers/mediators';
import { personResolvers } from './resolvers/persons';

export { createLoaders, type PeopleLoaders } from './loaders';

/** Persons, staff accounts and the pools of mediators, volunteers and other helpers. */
export const peopleSubgraph: SubgraphDefinition<PeopleLoaders> = {
  name: 'people',
  typeDefs: loadTypeDefs(new URL('../schema.graphql', import.meta.url)),
  resolvers: {
    Query: { ...personResolvers.Query, ...accountResolvers.Query, ...mediatorResolvers.Query },
    Mutation: { ...personResolvers.Mutation, ...accountResolvers.Mutation },
    Person: personResolvers.Person,
    Account: accountResolvers.Account,
    Mediator: mediatorResolvers.Mediator,
  },
  createLoaders,
  publicFields: ['Mutation.login'],
};
