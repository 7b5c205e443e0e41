import { loadTypeDefs, mergeResolvers, type SubgraphDefinition } from '@onedoor/subgraph-kit';
import { type CasesLoaders, createLoaders } from './loaders';
import { attachmentResolvers } from './resolvers/attachments';
import { caseResolvers } from './resolvers/case';
import { categoryResolvers } from './resolvers/category';
import { clockSettingsResolvers } from './resolvers/clock-settings';
import { evaluationResolvers } from './resolvers/evaluation';
import { handlingResolvers } from './resolvers/handling';
import { referenceResolvers } from './resolvers/references';
import { reportResolvers } from './resolvers/reports';
import { routingResolvers } from './resolvers/routing';

/** The cases subgraph: petitions and their whole lifecycle. */
export const casesSubgraph: SubgraphDefinition<CasesLoaders> = {
  name: 'cases',
  typeDefs: loadTypeDefs(new URL('../schema.graphql', import.meta.url)),
  resolvers: mergeResolvers(
    caseResolvers,
    routingResolvers,
    handlingResolvers,
    evaluationResolvers,
    reportResolvers,
    clockSettingsResolvers,
    categoryResolvers,
    referenceResolvers,
    attachmentResolvers,
  ),
  createLoaders,
  publicFields: ['Query.trackCase'],
};
