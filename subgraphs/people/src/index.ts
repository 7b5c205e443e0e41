import { defineSubgraph } from '@onedoor/subgraph-kit';
import { createLoaders, type PeopleLoaders } from './loaders';
import { accountAdminResolvers } from './resolvers/account-admin';
import { accountsResolvers } from './resolvers/accounts';
import { matchingResolvers } from './resolvers/matching';
import { mediatorsResolvers } from './resolvers/mediators';
import { personsResolvers } from './resolvers/persons';
import { poolAdminResolvers } from './resolvers/pool-admin';
import { reindexPersons } from './services/reindex-persons';

export { createLoaders, type PeopleLoaders } from './loaders';

/** Persons, staff accounts and the pools of mediators, volunteers and other helpers. */
export const peopleSubgraph = defineSubgraph<PeopleLoaders>({
  name: 'people',
  schema: new URL('../schema.graphql', import.meta.url),
  resolvers: [
    personsResolvers,
    accountsResolvers,
    accountAdminResolvers,
    mediatorsResolvers,
    poolAdminResolvers,
    matchingResolvers,
  ],
  createLoaders,
  publicFields: ['Mutation.login'],
  // Blind indexes missing or under a retired data key are recomputed before the first search.
  async prepare({ db, cipher }) {
    const { reindexed } = await reindexPersons({ db, cipher });
    if (reindexed)
      console.log(`[onedoor] people: re-indexed ${reindexed} persons under data key ${cipher.keyVersion}.`);
  },
});
