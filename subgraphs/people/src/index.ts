import { loadTypeDefs, type SubgraphDefinition } from '@onedoor/subgraph-kit';
import { createLoaders, type PeopleLoaders } from './loaders';
import { accountAdminResolvers } from './resolvers/account-admin';
import { accountResolvers } from './resolvers/accounts';
import { matchingResolvers } from './resolvers/matching';
import { poolAdminResolvers } from './resolvers/pool-admin';
import { mediatorResolvers } from './resolvers/mediators';
import { personResolvers } from './resolvers/persons';

export { createLoaders, type PeopleLoaders } from './loaders';

/** Persons, staff accounts and the pools of mediators, volunteers and other helpers. */
export const peopleSubgraph: SubgraphDefinition<PeopleLoaders> = {
  name: 'people',
  typeDefs: loadTypeDefs(new URL('../schema.graphql', import.meta.url)),
  resolvers: {
    Query: {
      ...personResolvers.Query,
      ...accountResolvers.Query,
      ...mediatorResolvers.Query,
      ...matchingResolvers.Query,
      ...poolAdminResolvers.Query,
      ...accountAdminResolvers.Query,
    },
    Mutation: {
      ...personResolvers.Mutation,
      ...accountResolvers.Mutation,
      ...poolAdminResolvers.Mutation,
      ...accountAdminResolvers.Mutation,
    },
    Person: personResolvers.Person,
    Account: accountResolvers.Account,
    Mediator: mediatorResolvers.Mediator,
    Certification: mediatorResolvers.Certification,
    StatusChange: mediatorResolvers.StatusChange,
    MediatorSuggestion: matchingResolvers.MediatorSuggestion,
  },
  createLoaders,
  publicFields: ['Mutation.login'],
};
