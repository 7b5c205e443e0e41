import { defineMutation } from '@onedoor/subgraph-kit';
import type { Resolvers } from '../generated/resolvers';
import { FUND_DECIDERS, FUND_PAYERS } from '../roles';
import { listDisbursements } from '../services/list';
import { recordDisbursement } from '../services/record-disbursement';
import { reliefTotals } from '../services/reports';
import { reverseDisbursement } from '../services/reverse-disbursement';
import { disbursementFilter, recordDisbursementInput, reverseInput } from './inputs';
import { forReaders, readerList, readerReference } from './readers';
import { stub } from './stub';

/** Disbursements (救助金发放): payments out of a fund, their reversals and the relief they add up to. */
export const disbursementsResolvers: Resolvers = {
  Query: {
    disbursements: readerList(disbursementFilter, listDisbursements),
    reliefTotals: forReaders((_, { from, to }, ctx) => reliefTotals({ ctx, from, to })),
  },
  Mutation: {
    recordDisbursement: defineMutation({
      roles: FUND_PAYERS,
      input: recordDisbursementInput,
      run: recordDisbursement,
    }),
    reverseDisbursement: defineMutation({
      roles: FUND_DECIDERS,
      input: reverseInput,
      run: reverseDisbursement,
    }),
  },
  Disbursement: {
    __resolveReference: readerReference('Disbursement', (loaders) => loaders.disbursementById),
    fund: (row, _, ctx) => ctx.loaders.fundOf(row),
    case: (row) => stub('Case', row.caseId),
    person: (row) => stub('Person', row.personId),
    amount: (row) => row.amountFen,
    application: (row, _, ctx) => (row.applicationId ? ctx.loaders.applicationById.load(row.applicationId) : null),
    status: (row) => (row.reversalEntryId ? 'REVERSED' : 'PAID'),
    journalEntry: (row, _, ctx) => ctx.loaders.entryById.load(row.journalEntryId),
    reversalEntry: (row, _, ctx) => (row.reversalEntryId ? ctx.loaders.entryById.load(row.reversalEntryId) : null),
  },
};
