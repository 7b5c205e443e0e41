import { loadTypeDefs, type SubgraphDefinition } from '@onedoor/subgraph-kit';
import { createLoaders, type FundsLoaders } from './loaders';
import { LegalAidMatter, ReliefApplication, ReliefFollowUp } from './resolvers/application';
import { Disbursement, Fund, JournalEntry, LedgerLine } from './resolvers/fund';
import { Mutation } from './resolvers/mutation';
import { Query } from './resolvers/query';
import { Case, Person } from './resolvers/references';

/** The funds subgraph: relief funds (救助基金) on a double-entry ledger, relief applications, disbursements and legal aid. */
export const fundsSubgraph: SubgraphDefinition<FundsLoaders> = {
  name: 'funds',
  typeDefs: loadTypeDefs(new URL('../schema.graphql', import.meta.url)),
  resolvers: {
    Query,
    Mutation,
    Fund,
    Disbursement,
    JournalEntry,
    LedgerLine,
    ReliefApplication,
    ReliefFollowUp,
    LegalAidMatter,
    Case,
    Person,
  },
  createLoaders,
};
