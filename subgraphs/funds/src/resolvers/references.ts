import { type Context, requireRole } from '@onedoor/subgraph-kit';
import type { FundsLoaders } from '../loaders';
import { FUND_READERS } from '../roles';

type Ctx = Context<FundsLoaders>;
type Ref = { id: string };

/**
 * Fields funds adds to other subgraphs' entities. The references resolve to their id alone; the
 * fields load through group loaders, so 50 cases cost one statement. A role that may not see
 * payments gets null and a FORBIDDEN error on the field, not on the whole case or person.
 */
export const Case = {
  __resolveReference: (ref: Ref) => ({ id: ref.id }),
  disbursements(ref: Ref, _: unknown, ctx: Ctx) {
    requireRole(ctx.viewer, FUND_READERS, 'Case.disbursements');
    return ctx.loaders.disbursementsByCase.load(ref.id);
  },
  reliefApplications(ref: Ref, _: unknown, ctx: Ctx) {
    requireRole(ctx.viewer, FUND_READERS, 'Case.reliefApplications');
    return ctx.loaders.applicationsByCase.load(ref.id);
  },
};

export const Person = {
  __resolveReference: (ref: Ref) => ({ id: ref.id }),
  async reliefReceived(ref: Ref, _: unknown, ctx: Ctx) {
    requireRole(ctx.viewer, FUND_READERS, 'Person.reliefReceived');
    const disbursements = await ctx.loaders.disbursementsByPerson.load(ref.id);
    const standing = disbursements.filter((d) => !d.reversalEntryId);
    return {
      total: standing.reduce((sum, d) => sum + d.amountFen, 0n),
      count: standing.length,
      disbursements,
    };
  },
};
