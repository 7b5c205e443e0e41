import type { DisbursementRow, FundRow } from '@onedoor/db';
import { type Context, type PageArgs, requireRole } from '@onedoor/subgraph-kit';
import type { FundsLoaders } from '../loaders';
import { FUND_READERS } from '../roles';
import { fundDisbursements } from '../services/list';

type Ctx = Context<FundsLoaders>;
const stub = (__typename: string, id: string | null) => (id ? { __typename, id } : null);

export const Fund = {
  __resolveReference(ref: { id: string }, ctx: Ctx) {
    requireRole(ctx.viewer, FUND_READERS, 'Fund');
    return ctx.loaders.fundById.load(ref.id);
  },
  balance: (row: FundRow) => row.balanceFen,
  ownerOrganisation: (row: FundRow) => stub('Organisation', row.ownerOrganisationId),
  disbursements: (row: FundRow, args: PageArgs, ctx: Ctx) => fundDisbursements(ctx, row.id, args),
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
};
