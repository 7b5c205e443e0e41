import type { LegalAidMatterRow, ReliefApplicationRow, ReliefFollowUpRow } from '@onedoor/db';
import { type Context, requireRole } from '@onedoor/subgraph-kit';
import type { FundsLoaders } from '../loaders';
import { FUND_READERS } from '../roles';
import { stub } from './fund';

type Ctx = Context<FundsLoaders>;

export const ReliefApplication = {
  __resolveReference(ref: { id: string }, ctx: Ctx) {
    requireRole(ctx.viewer, FUND_READERS, 'ReliefApplication');
    return ctx.loaders.applicationById.load(ref.id);
  },
  fund: (row: ReliefApplicationRow, _: unknown, ctx: Ctx) => ctx.loaders.fundById.load(row.fundId),
  person: (row: ReliefApplicationRow) => stub('Person', row.personId),
  case: (row: ReliefApplicationRow) => stub('Case', row.caseId),
  township: (row: ReliefApplicationRow) => stub('GridUnit', row.townshipId),
  amount: (row: ReliefApplicationRow) => row.amountFen,
  proposedBy: (row: ReliefApplicationRow) => stub('Account', row.proposedBy),
  firstApprovedBy: (row: ReliefApplicationRow) => stub('Account', row.firstApprovedBy),
  secondApprovedBy: (row: ReliefApplicationRow) => stub('Account', row.secondApprovedBy),
  rejectedBy: (row: ReliefApplicationRow) => stub('Account', row.rejectedBy),
  async disbursement(row: ReliefApplicationRow, _: unknown, ctx: Ctx) {
    return (await ctx.loaders.disbursementsByApplication.load(row.id))[0] ?? null;
  },
  followUps: (row: ReliefApplicationRow, _: unknown, ctx: Ctx) => ctx.loaders.followUpsByApplication.load(row.id),
};

export const ReliefFollowUp = {
  recordedBy: (row: ReliefFollowUpRow) => stub('Account', row.recordedBy),
};

export const LegalAidMatter = {
  __resolveReference(ref: { id: string }, ctx: Ctx) {
    requireRole(ctx.viewer, FUND_READERS, 'LegalAidMatter');
    return ctx.loaders.legalAidById.load(ref.id);
  },
  person: (row: LegalAidMatterRow) => stub('Person', row.personId),
  case: (row: LegalAidMatterRow) => stub('Case', row.caseId),
  lawyer: (row: LegalAidMatterRow) => stub('Mediator', row.lawyerId),
  recovered: (row: LegalAidMatterRow) => row.recoveredFen,
};
