import { defineSubgraph } from '@onedoor/subgraph-kit';
import { createLoaders, type FundsLoaders } from './loaders';
import { attachmentsResolvers } from './resolvers/attachments';
import { disbursementsResolvers } from './resolvers/disbursements';
import { fundsResolvers } from './resolvers/funds';
import { legalAidResolvers } from './resolvers/legal-aid';
import { referencesResolvers } from './resolvers/references';
import { reliefApplicationsResolvers } from './resolvers/relief-applications';

/** The funds subgraph: relief funds (救助基金) on a double-entry ledger, relief applications, disbursements and legal aid. */
export const fundsSubgraph = defineSubgraph<FundsLoaders>({
  name: 'funds',
  schema: new URL('../schema.graphql', import.meta.url),
  resolvers: [
    fundsResolvers,
    disbursementsResolvers,
    reliefApplicationsResolvers,
    legalAidResolvers,
    referencesResolvers,
    attachmentsResolvers,
  ],
  createLoaders,
});
