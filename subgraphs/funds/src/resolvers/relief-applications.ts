import { defineMutation } from '@onedoor/subgraph-kit';
import type { Resolvers } from '../generated/resolvers';
import { FUND_DECIDERS, FUND_PAYERS, FUND_PROPOSERS } from '../roles';
import { approveReliefApplication, rejectReliefApplication } from '../services/decide-application';
import { listApplications } from '../services/list';
import { payReliefApplication } from '../services/pay-application';
import { proposeReliefApplication, recordReliefFollowUp } from '../services/propose-application';
import { applicationFilter, decideInput, followUpInput, payInput, proposeInput, rejectInput } from './inputs';
import { forReaders, readerList, readerReference } from './readers';
import { stub } from './stub';

/** Relief applications (救助申请): proposed by an officer, decided by approvers, paid, followed up. */
export const reliefApplicationsResolvers: Resolvers = {
  Query: {
    reliefApplication: forReaders((_, { id }, ctx) => ctx.loaders.applicationById.load(id)),
    reliefApplications: readerList(applicationFilter, listApplications),
  },
  Mutation: {
    proposeReliefApplication: defineMutation({
      roles: FUND_PROPOSERS,
      input: proposeInput,
      run: proposeReliefApplication,
    }),
    // Its input type was renamed to ApproveReliefApplicationInput (`request`); the old `input` still works.
    approveReliefApplication: defineMutation({
      roles: FUND_DECIDERS,
      input: decideInput,
      renamedInput: true,
      run: approveReliefApplication,
    }),
    rejectReliefApplication: defineMutation({
      roles: FUND_DECIDERS,
      input: rejectInput,
      run: rejectReliefApplication,
    }),
    payReliefApplication: defineMutation({
      roles: FUND_PAYERS,
      input: payInput,
      run: payReliefApplication,
    }),
    recordReliefFollowUp: defineMutation({
      roles: FUND_PROPOSERS,
      input: followUpInput,
      run: recordReliefFollowUp,
    }),
  },
  ReliefApplication: {
    __resolveReference: readerReference('ReliefApplication', (loaders) => loaders.applicationById),
    fund: (row, _, ctx) => ctx.loaders.fundOf(row),
    person: (row) => stub('Person', row.personId),
    case: (row) => stub('Case', row.caseId),
    township: (row) => stub('GridUnit', row.townshipId),
    amount: (row) => row.amountFen,
    proposedBy: (row) => stub('Account', row.proposedBy),
    firstApprovedBy: (row) => stub('Account', row.firstApprovedBy),
    secondApprovedBy: (row) => stub('Account', row.secondApprovedBy),
    rejectedBy: (row) => stub('Account', row.rejectedBy),
    disbursement: async (row, _, ctx) => (await ctx.loaders.disbursementsByApplication.load(row.id))[0] ?? null,
    followUps: (row, _, ctx) => ctx.loaders.followUpsByApplication.load(row.id),
  },
  ReliefFollowUp: {
    recordedBy: (row) => stub('Account', row.recordedBy),
  },
};
