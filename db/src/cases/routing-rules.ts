import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../database';
import { type CategoryRoutingUnitRow, categoryRoutingUnitsTable } from './tables';

/** The categories' routing rules (分流规则): which units their cases usually go to. */
export function createRoutingRulesRepository(db: Executor) {
  const t = categoryRoutingUnitsTable;
  return {
    /** The rules of many categories in one statement, each category's units in order. */
    unitsOfCategories(categoryIds: readonly string[]): Promise<CategoryRoutingUnitRow[]> {
      if (categoryIds.length === 0) return Promise.resolve([]);
      return db
        .select()
        .from(t)
        .where(inArray(t.categoryId, [...categoryIds]))
        .orderBy(asc(t.categoryId), asc(t.position));
    },

    /** Replaces a category's rule with these units, in this order. */
    async replaceCategoryUnits(categoryId: string, organisationIds: readonly string[]): Promise<void> {
      await db.delete(t).where(eq(t.categoryId, categoryId));
      if (organisationIds.length === 0) return;
      await db
        .insert(t)
        .values(organisationIds.map((organisationId, position) => ({ categoryId, organisationId, position })));
    },
  };
}
