import type { CaseRow } from '@onedoor/db/cases';
import type { CasesContext } from '../context';

/**
 * The units to offer first when routing a case: those its sub-category's routing rule names, then its top-level
 * category's, each once, leaving out the units that objected to this case's routing (they said it is not
 * their business). Every read is a per-request loader, so a page of cases costs one statement for each.
 */
export async function routingSuggestions({ ctx, row }: { ctx: CasesContext; row: CaseRow }): Promise<string[]> {
  const category = await ctx.loaders.categoryById.load(row.categoryId);
  const categoryIds = category?.parentId ? [row.categoryId, category.parentId] : [row.categoryId];
  const [rules, events] = await Promise.all([
    Promise.all(categoryIds.map((id) => ctx.loaders.routingUnitsByCategory.load(id))),
    ctx.loaders.eventsByCase.load(row.id),
  ]);
  const objected = new Set(events.filter((e) => e.kind === 'OBJECTED').map((e) => e.data.organisationId));
  const units = rules.flat().map((rule) => rule.organisationId);
  return [...new Set(units)].filter((id) => !objected.has(id));
}
