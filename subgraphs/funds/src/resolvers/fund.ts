import type { DisbursementRow, FundRow, JournalEntryRow, LedgerLineRow } from '@onedoor/db';
import { type Context, type PageArgs, requireRole } from '@onedoor/subgraph-kit';
import type { FundsLoaders } from '../loaders';
import { FUND_READERS } from '../roles';
import { fundDisbursements } from '../services/list';

type Ctx = Context<FundsLoaders>;
export const stub = (__typename: string, id: string | null) => (id ? { __typename, id } : null);

export const Fund = {
  __resolveReference(ref: { id: string }, ctx: Ctx) {
    requireRole(ctx.viewer, FUND_READERS, 'Fund');
    return ctx.loaders.fundById.load(ref.id);
  },
  balance: (row: FundRow) => row.balanceFen,
  perPersonYearlyCap: (row: FundRow) => row.perPersonYearlyCapFen,
  secondApprovalAbove: (row: FundRow) => row.secondApprovalAboveFen,
  ownerOrganisation: (row: FundRow) => stub('Organisation', row.ownerOrganisationId),
  disbursements: (row: FundRow, args: PageArgs, ctx: Ctx) => fundDisbursements(ctx, row.id, args),
  async budgetYears(row: FundRow, _: unknown, ctx: Ctx) {
    return (await ctx.loaders.budgetYearsByFund.load(row.id)).map((b) => ({ year: b.year, allocated: b.allocatedFen }));
  },
};

export const Disbursement = {
  __resolveReference(ref: { id: string }, ctx: Ctx) {
    requireRole(ctx.viewer, FUND_READERS, 'Disbursement');
    return ctx.loaders.disbursementById.load(ref.id);
  },
  fund: (row: DisbursementRow, _: unknown, ctx: Ctx) => ctx.loaders.fundById.load(row.fundId),
  case: (row: DisbursementRow) => stub('Case', row.caseId),
  person: (row: DisbursementRow) => stub('Person', row.personId),
  amount: (row: DisbursementRow) => row.amountFen,
  application: (row: DisbursementRow, _: unknown, ctx: Ctx) =>
    row.applicationId ? ctx.loaders.applicationById.load(row.applicationId) : null,
  status: (row: DisbursementRow) => (row.reversalEntryId ? 'REVERSED' : 'PAID'),
  journalEntry: (row: DisbursementRow, _: unknown, ctx: Ctx) =>
    row.journalEntryId ? ctx.loaders.entryById.load(row.journalEntryId) : null,
  reversalEntry: (row: DisbursementRow, _: unknown, ctx: Ctx) =>
    row.reversalEntryId ? ctx.loaders.entryById.load(row.reversalEntryId) : null,
};

export const JournalEntry = {
  __resolveReference(ref: { id: string }, ctx: Ctx) {
    requireRole(ctx.viewer, FUND_READERS, 'JournalEntry');
    return ctx.loaders.entryById.load(ref.id);
  },
  reverses: (row: JournalEntryRow, _: unknown, ctx: Ctx) =>
    row.reversesEntryId ? ctx.loaders.entryById.load(row.reversesEntryId) : null,
  lines: (row: JournalEntryRow, _: unknown, ctx: Ctx) => ctx.loaders.linesByEntry.load(row.id),
};

export const LedgerLine = {
  fund: (row: LedgerLineRow, _: unknown, ctx: Ctx) => (row.fundId ? ctx.loaders.fundById.load(row.fundId) : null),
  amount: (row: LedgerLineRow) => row.amountFen,
};
