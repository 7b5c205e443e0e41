import { defineMutation, requireRole, uuid } from '@onedoor/subgraph-kit';
import { z } from 'zod';
import type { Resolvers } from '../generated/resolvers';
import { ADMINS, ANY_STAFF } from '../roles';
import {
  createCategory,
  deactivateCategory,
  renameCategory,
  setCategoryRoutingUnits,
  topCategories,
} from '../services/categories';
import { entityRef } from '../services/entity-refs';
import { createCategoryInput, deactivateCategoryArgs, renameCategoryArgs } from './inputs';

const setCategoryRoutingUnitsInput = z.object({
  categoryId: uuid(),
  organisationIds: z
    .array(uuid())
    .max(10, 'at most 10 units')
    .refine((ids) => new Set(ids).size === ids.length, 'must not name a unit twice'),
});

/** The category taxonomy (two levels) admins maintain. */
export const categoryResolvers: Resolvers = {
  Query: {
    categories(_, __, ctx) {
      requireRole(ctx.viewer, ANY_STAFF, 'categories');
      return topCategories({ ctx });
    },
  },
  Mutation: {
    createCategory: defineMutation({
      roles: ADMINS,
      input: createCategoryInput,
      run: createCategory,
    }),
    renameCategory: defineMutation({
      roles: ADMINS,
      input: renameCategoryArgs,
      args: true,
      run: renameCategory,
    }),
    setCategoryRoutingUnits: defineMutation({
      roles: ADMINS,
      input: setCategoryRoutingUnitsInput,
      run: setCategoryRoutingUnits,
    }),
    deactivateCategory: defineMutation({
      roles: ADMINS,
      input: deactivateCategoryArgs,
      args: true,
      run: deactivateCategory,
    }),
  },
  Category: {
    parent: (row, _, ctx) => (row.parentId ? ctx.loaders.categoryById.load(row.parentId) : null),
    children: (row, _, ctx) => (row.parentId ? [] : ctx.loaders.subcategories.load(row.id)),
    routingUnits: async (row, _, ctx) =>
      (await ctx.loaders.routingUnitsByCategory.load(row.id)).map((r) => entityRef('Organisation', r.organisationId)),
  },
};
