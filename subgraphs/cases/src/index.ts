import { loadTypeDefs, type SubgraphDefinition } from '@onedoor/subgraph-kit';
import { type CasesLoaders, createLoaders } from './loaders';
import { AdminMutation } from './resolvers/admin';
import { Case, CaseEvent, Category } from './resolvers/case';
import { Mutation } from './resolvers/mutation';
import { CalendarDay, Query } from './resolvers/query';
import { GridUnit, Mediator, Organisation, Person } from './resolvers/references';

/** The cases subgraph: petitions and their whole lifecycle. */
export const casesSubgraph: SubgraphDefinition<CasesLoaders> = {
  name: 'cases',
  typeDefs: loadTypeDefs(new URL('../schema.graphql', import.meta.url)),
  resolvers: {
    Query,
    Mutation: { ...Mutation, ...AdminMutation },
    Case,
    CaseEvent,
    Category,
    CalendarDay,
    Person,
    Organisation,
    Mediator,
    GridUnit,
  },
  createLoaders,
  publicFields: ['Query.trackCase'],
};
