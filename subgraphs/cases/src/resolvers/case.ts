import type { CaseRow, CategoryRow } from '@onedoor/db';
import type { Context } from '@onedoor/subgraph-kit';
import type { CasesLoaders } from '../loaders';
import { canSee, caseScope } from '../services/visibility';

type Ctx = Context<CasesLoaders>;
const stub = (__typename: string, id: string | null) => (id ? { __typename, id } : null);

export const Case = {
  async __resolveReference(ref: { id: string }, ctx: Ctx) {
    const row = await ctx.loaders.caseById.load(ref.id).catch(() => null);
    return row && canSee(caseScope(ctx.viewer), row) ? row : null;
  },
  category: (row: CaseRow, _: unknown, ctx: Ctx) => ctx.loaders.categoryById.load(row.categoryId),
  async petitioners(row: CaseRow, _: unknown, ctx: Ctx) {
    const links = await ctx.loaders.petitionersByCase.load(row.id);
    return links.map((l) => ({ __typename: 'Person', id: l.personId }));
  },
  place: (row: CaseRow) => stub('GridUnit', row.gridUnitId),
  responsibleUnit: (row: CaseRow) => stub('Organisation', row.responsibleOrganisationId),
  mediator: (row: CaseRow) => stub('Mediator', row.mediatorId),
};

export const CaseProgress = {
  responsibleUnit: (row: CaseRow) => stub('Organisation', row.responsibleOrganisationId),
};

export const Category = {
  parent: (row: CategoryRow, _: unknown, ctx: Ctx) => (row.parentId ? ctx.loaders.categoryById.load(row.parentId) : null),
  async children(row: CategoryRow, _: unknown, ctx: Ctx) {
    if (row.parentId) return [];
    return (await ctx.loaders.subcategories.load(row.id));
  },
};
