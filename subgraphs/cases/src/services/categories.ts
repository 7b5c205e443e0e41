import { type CategoryRow, createCasesRepository, createRoutingRulesRepository } from '@onedoor/db/cases';
import { badInput, type BaseContext, conflict, notFound } from '@onedoor/subgraph-kit';
import { requireOrganisations } from './routing';
import { auditedTransaction } from './audit';

/** The taxonomy's top-level categories (their sub-categories load per field). */
export async function topCategories({ ctx }: { ctx: BaseContext }): Promise<CategoryRow[]> {
  const all = await createCasesRepository(ctx.db).allCategories();
  return all.filter((c) => !c.parentId);
}

/** A category or, under a top-level one, a sub-category: the taxonomy has two levels and unique codes. */
export async function createCategory({
  ctx,
  input,
}: {
  ctx: BaseContext;
  input: { code: string; name: string; parentId?: string | null };
}): Promise<CategoryRow> {
  const repo = createCasesRepository(ctx.db);
  if (input.parentId) {
    const [parent] = await repo.categoriesByIds([input.parentId]);
    if (!parent) throw badInput('input.parentId', `Unknown category '${input.parentId}'.`, { reason: 'NOT_FOUND' });
    if (parent.parentId)
      throw badInput('input.parentId', 'The taxonomy has two levels: the parent must be a top-level category.', {
        reason: 'NOT_TOP_LEVEL',
      });
  }
  return auditedTransaction({ ctx, action: 'createCategory', entityType: 'Category' }, async (tx) => {
    const categories = createCasesRepository(tx);
    const clash = await categories.categoryByCode(input.code);
    if (clash)
      throw conflict(
        `A category with code '${input.code}' exists already (${clash.name}).`,
        { field: 'input.code' },
        { reason: 'DUPLICATE' },
      );
    const row = await categories.insertCategory({
      code: input.code,
      name: input.name,
      parentId: input.parentId ?? null,
      sortOrder: 1000,
    });
    return { result: row, entityId: row.id, data: input };
  });
}

function changeCategory({
  ctx,
  id,
  change,
  action,
}: {
  ctx: BaseContext;
  id: string;
  change: { name?: string; active?: boolean };
  action: string;
}): Promise<CategoryRow> {
  return auditedTransaction({ ctx, action, entityType: 'Category' }, async (tx) => {
    const row = await createCasesRepository(tx).updateCategory(id, { ...change, updatedAt: ctx.clock.now() });
    if (!row) throw notFound('Category', id, 'id');
    return { result: row, entityId: id, data: change };
  });
}

export function renameCategory({ ctx, input }: { ctx: BaseContext; input: { id: string; name: string } }) {
  return changeCategory({ ctx, id: input.id, change: { name: input.name }, action: 'renameCategory' });
}

/** No new cases in it; existing cases keep it. */
export function deactivateCategory({ ctx, input }: { ctx: BaseContext; input: { id: string } }) {
  return changeCategory({ ctx, id: input.id, change: { active: false }, action: 'deactivateCategory' });
}

/** A category's routing rule (分流规则): the units its cases usually go to, replacing the rule before. */
export async function setCategoryRoutingUnits({
  ctx,
  input,
}: {
  ctx: BaseContext;
  input: { categoryId: string; organisationIds: string[] };
}): Promise<CategoryRow> {
  const [category] = await createCasesRepository(ctx.db).categoriesByIds([input.categoryId]);
  if (!category) throw notFound('Category', input.categoryId, 'input.categoryId');
  await requireOrganisations({ ctx, ids: input.organisationIds, field: (i) => `input.organisationIds.${i}` });
  return auditedTransaction({ ctx, action: 'setCategoryRoutingUnits', entityType: 'Category' }, async (tx) => {
    await createRoutingRulesRepository(tx).replaceCategoryUnits(category.id, input.organisationIds);
    return { result: category, entityId: category.id, data: { organisationIds: input.organisationIds } };
  });
}
