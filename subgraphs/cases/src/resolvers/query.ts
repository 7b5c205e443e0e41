import { createCasesRepository, type CaseListFilter } from '@onedoor/db';
import type { Context, PageArgs } from '@onedoor/subgraph-kit';
import type { CasesLoaders } from '../loaders';
import { type CaseOrder, listCases } from '../services/list-cases';
import { canSee, caseScope } from '../services/visibility';

type Ctx = Context<CasesLoaders>;
type ListArgs = PageArgs & { filter?: CaseListFilter | null; orderBy?: CaseOrder | null };

export const Query = {
  async case(_: unknown, { id }: { id: string }, ctx: Ctx) {
    const scope = caseScope(ctx.viewer);
    const row = await ctx.loaders.caseById.load(id).catch(() => null);
    return row && canSee(scope, row) ? row : null;
  },

  async caseByNumber(_: unknown, { number }: { number: string }, ctx: Ctx) {
    const scope = caseScope(ctx.viewer);
    const row = await createCasesRepository(ctx.db).findByNumber(number);
    return row && canSee(scope, row) ? row : null;
  },

  cases(_: unknown, { filter, orderBy, ...page }: ListArgs, ctx: Ctx) {
    return listCases(ctx, filter ?? {}, orderBy, page);
  },

  async categories(_: unknown, __: unknown, ctx: Ctx) {
    const all = await createCasesRepository(ctx.db).allCategories();
    return all.filter((c) => !c.parentId);
  },

  /** Public: both the code and the phone's last four digits must match, and only progress is shown. */
  async trackCase(_: unknown, { trackingCode, phoneLast4 }: { trackingCode: string; phoneLast4: string }, ctx: Ctx) {
    const row = await createCasesRepository(ctx.db).findByTrackingCode(trackingCode.trim().toUpperCase());
    if (!row || row.contactPhoneLast4 !== phoneLast4.trim()) return null;
    return row;
  },
};
