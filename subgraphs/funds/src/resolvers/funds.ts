import { defineMutation, parseInput, uuid } from '@onedoor/subgraph-kit';
import type { Resolvers } from '../generated/resolvers';
import { FUND_ALLOCATORS, FUND_DECIDERS } from '../roles';
import { allocateToFund } from '../services/allocate-to-fund';
import { fundDisbursements, listFunds, listJournalEntries } from '../services/list';
import { openFund, setFundRules } from '../services/open-fund';
import { fundReport } from '../services/reports';
import { transferBetweenFunds } from '../services/transfer-between-funds';
import { allocateToFundInput, entryFilter, openFundInput, setFundRulesInput, transferInput } from './inputs';
import { forReaders, readerList, readerReference } from './readers';
import { stub } from './stub';

/** Funds (救助基金) and their double-entry ledger: opening, allocating, transferring, reading, reporting. */
export const fundsResolvers: Resolvers = {
  Query: {
    fund: forReaders((_, { id }, ctx) => ctx.loaders.fundById.load(id)),
    funds: forReaders((_, { filter, ...page }, ctx) =>
      listFunds({ ctx, filter: { kind: filter?.kind ?? null }, page }),
    ),
    journalEntry: forReaders((_, { id }, ctx) => ctx.loaders.entryById.load(id)),
    journalEntries: readerList(entryFilter, listJournalEntries),
    fundReport: forReaders((_, { fundId, from, to }, ctx) =>
      fundReport({ ctx, fundId: parseInput(uuid(), fundId, 'fundId'), from, to }),
    ),
  },
  Mutation: {
    openFund: defineMutation({
      roles: FUND_DECIDERS,
      input: openFundInput,
      run: openFund,
    }),
    setFundRules: defineMutation({
      roles: FUND_DECIDERS,
      input: setFundRulesInput,
      run: setFundRules,
    }),
    allocateToFund: defineMutation({
      roles: FUND_ALLOCATORS,
      input: allocateToFundInput,
      run: allocateToFund,
    }),
    transferBetweenFunds: defineMutation({
      roles: FUND_DECIDERS,
      input: transferInput,
      run: transferBetweenFunds,
    }),
  },
  Fund: {
    __resolveReference: readerReference('Fund', (loaders) => loaders.fundById),
    balance: (row) => row.balanceFen,
    perPersonYearlyCap: (row) => row.perPersonYearlyCapFen,
    secondApprovalAbove: (row) => row.secondApprovalAboveFen,
    ownerOrganisation: (row) => stub('Organisation', row.ownerOrganisationId),
    disbursements: (row, page, ctx) => fundDisbursements({ ctx, fundId: row.id, page }),
    budgetYears: async (row, _, ctx) =>
      (await ctx.loaders.budgetYearsByFund.load(row.id)).map((b) => ({ year: b.year, allocated: b.allocatedFen })),
  },
  JournalEntry: {
    __resolveReference: readerReference('JournalEntry', (loaders) => loaders.entryById),
    reverses: (row, _, ctx) => (row.reversesEntryId ? ctx.loaders.entryById.load(row.reversesEntryId) : null),
    lines: (row, _, ctx) => ctx.loaders.linesByEntry.load(row.id),
  },
  LedgerLine: {
    fund: (row, _, ctx) => (row.fundId ? ctx.loaders.fundById.load(row.fundId) : null),
    amount: (row) => row.amountFen,
  },
};
