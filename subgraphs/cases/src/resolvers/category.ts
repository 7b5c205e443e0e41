import { defineMutation, requireRole } from '@onedoor/subgraph-kit';
import type { Resolvers } from '../generated/resolvers';
import { ADMINS, ANY_STAFF } from '../roles';
import { createCategory, deactivateCategory, renameCategory, topCategories } from '../services/categories';
import { createCategoryInput, deactivateCategoryArgs, renameCategoryArgs } from './inputs';

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
      name: 'createCategory',
      roles: ADMINS,
      input: createCategoryInput,
      run: createCategory,
    }),
    renameCategory: defineMutation({
      name: 'renameCategory',
      roles: ADMINS,
      input: renameCategoryArgs,
      args: true,
      run: renameCategory,
    }),
    deactivateCategory: defineMutation({
      name: 'deactivateCategory',
      roles: ADMINS,
      input: deactivateCategoryArgs,
      args: true,
      run: deactivateCategory,
    }),
  },
  Category: {
    parent: (row, _, ctx) => (row.parentId ? ctx.loaders.categoryById.load(row.parentId) : null),
    children: (row, _, ctx) => (row.parentId ? [] : ctx.loaders.subcategories.load(row.id)),
  },
};
