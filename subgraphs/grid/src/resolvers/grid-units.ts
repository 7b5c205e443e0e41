import { GRID_LEVELS, type GridUnitRow } from '@onedoor/db';
import { type Context, type PageArgs, parseInput, requireRole } from '@onedoor/subgraph-kit';
import { z } from 'zod';
import type { GridLoaders } from '../loaders';
import { createGridUnit, listGridUnits } from '../services/grid-units';
import { code, optionalId, order, searchText } from './validation';

type Ctx = Context<GridLoaders>;

const createGridUnitInput = z.object({
  code: code(),
  name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  level: z.enum(GRID_LEVELS),
  parentId: optionalId(),
});

const gridUnitFilter = z.object({
  level: z.enum(GRID_LEVELS).nullish(),
  parentId: optionalId(),
  withinId: optionalId(),
  search: searchText(),
}).nullish().transform((f) => f ?? {});

export const gridUnitResolvers = {
  Query: {
    gridUnit: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.gridUnitById.load(args.id),
    gridUnits: (_: unknown, args: PageArgs & { filter?: unknown; orderBy?: unknown }, ctx: Ctx) =>
      listGridUnits({
        args: { ...args, filter: parseInput(gridUnitFilter, args.filter, 'filter'), orderBy: parseInput(order, args.orderBy, 'orderBy') },
        ctx,
      }),
  },
  Mutation: {
    createGridUnit: (_: unknown, args: { input: unknown }, ctx: Ctx) => {
      requireRole(ctx.viewer, ['ADMIN'], 'createGridUnit');
      return createGridUnit({ input: parseInput(createGridUnitInput, args.input), ctx });
    },
  },
  GridUnit: {
    // Other subgraphs ask here whether a unit exists: an unknown id resolves to null.
    __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.gridUnitById.load(ref.id),
    parent: (unit: GridUnitRow, _: unknown, ctx: Ctx) => (unit.parentId ? ctx.loaders.gridUnitById.load(unit.parentId) : null),
    children: (unit: GridUnitRow, _: unknown, ctx: Ctx) => ctx.loaders.gridUnitChildren.load(unit.id),
    ancestors: (unit: GridUnitRow, _: unknown, ctx: Ctx) => ctx.loaders.gridUnitAncestors.load(unit.path),
  },
};
