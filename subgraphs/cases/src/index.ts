import { defineSubgraph } from '@onedoor/subgraph-kit';
import { type CasesLoaders, createLoaders } from './loaders';
import { attachmentResolvers } from './resolvers/attachments';
import { caseResolvers } from './resolvers/case';
import { categoryResolvers } from './resolvers/category';
import { clockSettingsResolvers } from './resolvers/clock-settings';
import { evaluationResolvers } from './resolvers/evaluation';
import { handlingResolvers } from './resolvers/handling';
import { noticeResolvers } from './resolvers/notices';
import { referenceResolvers } from './resolvers/references';
import { reportResolvers } from './resolvers/reports';
import { routingResolvers } from './resolvers/routing';
import { seedNoticeTemplates } from './services/notice-templates';

/** The cases subgraph: petitions and their whole lifecycle. */
export const casesSubgraph = defineSubgraph<CasesLoaders>({
  name: 'cases',
  schema: new URL('../schema.graphql', import.meta.url),
  resolvers: [
    caseResolvers,
    routingResolvers,
    handlingResolvers,
    evaluationResolvers,
    reportResolvers,
    clockSettingsResolvers,
    categoryResolvers,
    referenceResolvers,
    attachmentResolvers,
    noticeResolvers,
  ],
  createLoaders,
  publicFields: ['Query.trackCase'],
  // The default written-notice templates are seeded as version 1 of every kind that has none.
  async prepare({ db }) {
    const seeded = await seedNoticeTemplates(db);
    if (seeded) console.log(`[onedoor] cases: seeded ${seeded} default notice templates.`);
  },
});
