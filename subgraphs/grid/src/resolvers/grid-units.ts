import { type GeoJsonArea, GRID_LEVELS, GRID_STAFF_ROLES, type GridUnitRow } from '@onedoor/db';
import { type Context, type PageArgs, parseInput, requireRole, uuid } from '@onedoor/subgraph-kit';
import { z } from 'zod';
import type { GridLoaders } from '../loaders';
import { createGridUnit, listGridUnits } from '../services/grid-units';
import { geoJsonArea } from './geojson';
import { deleteGridUnit, moveGridUnit, setGridStaff, setGridUnitBoundary } from '../services/grid-tree';
import { code, optionalId, order, searchText } from './validation';

type Ctx = Context<GridLoaders>;

const createGridUnitInput = z.object({
  code: code(),
  name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  level: z.enum(GRID_LEVELS),
  parentId: optionalId(),
});

const gridUnitFilter = z
  .object({
    level: z.enum(GRID_LEVELS).nullish(),
    parentId: optionalId(),
    withinId: optionalId(),
    search: searchText(),
  })
  .nullish()
  .transform((f) => f ?? {});

const moveGridUnitInput = z.object({ id: uuid(), parentId: uuid() });
const setGridStaffInput = z.object({
  gridUnitId: uuid(),
  role: z.enum(GRID_STAFF_ROLES),
  personIds: z
    .array(uuid())
    .max(50, 'at most 50 people')
    .refine((ids) => new Set(ids).size === ids.length, 'a person is listed twice'),
});
const setBoundaryInput = z.object({
  gridUnitId: uuid(),
  boundary: geoJsonArea.nullish().transform((b): GeoJsonArea | null => b ?? null),
});

export const gridUnitResolvers = {
  Query: {
    gridUnit: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.gridUnitById.load(args.id),
    gridUnits: (_: unknown, args: PageArgs & { filter?: unknown; orderBy?: unknown }, ctx: Ctx) =>
      listGridUnits({
        args: {
          ...args,
          filter: parseInput(gridUnitFilter, args.filter, 'filter'),
          orderBy: parseInput(order, args.orderBy, 'orderBy'),
        },
        ctx,
      }),
  },
  Mutation: {
    createGridUnit: (_: unknown, args: { input: unknown }, ctx: Ctx) => {
      requireRole(ctx.viewer, ['ADMIN'], 'createGridUnit');
      return createGridUnit({ input: parseInput(createGridUnitInput, args.input), ctx });
    },
    moveGridUnit: (_: unknown, args: { input: unknown }, ctx: Ctx) => {
      requireRole(ctx.viewer, ['ADMIN'], 'moveGridUnit');
      return moveGridUnit({ input: parseInput(moveGridUnitInput, args.input), ctx });
    },
    deleteGridUnit: (_: unknown, args: { id: string }, ctx: Ctx) => {
      requireRole(ctx.viewer, ['ADMIN'], 'deleteGridUnit');
      return deleteGridUnit({ id: parseInput(uuid(), args.id, 'id'), ctx });
    },
    setGridStaff: (_: unknown, args: { input: unknown }, ctx: Ctx) => {
      requireRole(ctx.viewer, ['ADMIN', 'CENTRE_STAFF'], 'setGridStaff');
      return setGridStaff({ input: parseInput(setGridStaffInput, args.input), ctx });
    },
    setGridUnitBoundary: (_: unknown, args: { input: unknown }, ctx: Ctx) => {
      requireRole(ctx.viewer, ['ADMIN'], 'setGridUnitBoundary');
      return setGridUnitBoundary({ input: parseInput(setBoundaryInput, args.input), ctx });
    },
  },
  GridUnit: {
    // Other subgraphs ask here whether a unit exists: an unknown id resolves to null.
    __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.gridUnitById.load(ref.id),
    parent: (unit: GridUnitRow, _: unknown, ctx: Ctx) =>
      unit.parentId ? ctx.loaders.gridUnitById.load(unit.parentId) : null,
    children: (unit: GridUnitRow, _: unknown, ctx: Ctx) => ctx.loaders.gridUnitChildren.load(unit.id),
    ancestors: (unit: GridUnitRow, _: unknown, ctx: Ctx) => ctx.loaders.gridUnitAncestors.load(unit.path),
    boundary: async (unit: GridUnitRow, _: unknown, ctx: Ctx) =>
      (await ctx.loaders.gridUnitBoundary.load(unit.id))?.boundary ?? null,
    staff: async (unit: GridUnitRow, _: unknown, ctx: Ctx) =>
      (await ctx.loaders.gridUnitStaff.load(unit.id)).map((s) => ({
        role: s.role,
        person: { __typename: 'Person', id: s.personId },
      })),
  },
};
