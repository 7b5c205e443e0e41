import { type GeoJsonArea, GRID_LEVELS, GRID_STAFF_ROLES } from '@onedoor/db/grid';
import { defineMutation, refusal, uuid } from '@onedoor/subgraph-kit';
import { z } from 'zod';
import type { Resolvers } from '../generated/resolvers';
import { ADMINS, CENTRE_OFFICE } from '../roles';
import { deleteGridUnit, moveGridUnit, setGridStaff, setGridUnitBoundary } from '../services/grid-tree';
import { createGridUnit, listGridUnits, setGridUnitNames } from '../services/grid-units';
import { geoJsonArea } from './geojson';
import { treeNode } from './tree-nodes';
import { aliases, code, listArgs, listFilter, name, optionalId, otherNames } from './validation';

const createInput = z.object({
  code: code(),
  name: name(),
  level: z.enum(GRID_LEVELS),
  parentId: optionalId(),
  ...otherNames,
});
const namesInput = z.object({ gridUnitId: uuid(), shortName: otherNames.shortName, aliases: aliases() });
const gridUnitFilter = listFilter({ level: z.enum(GRID_LEVELS).nullish(), withinId: optionalId() });
const moveInput = z.object({ id: uuid(), parentId: uuid() });
const deleteArgs = z.object({ id: uuid() });
const staffInput = z.object({
  gridUnitId: uuid(),
  role: z.enum(GRID_STAFF_ROLES),
  personIds: z
    .array(uuid())
    .max(50, 'at most 50 people')
    .refine((ids) => new Set(ids).size === ids.length, refusal('DUPLICATE_ITEM', 'a person is listed twice')),
});
const boundaryInput = z.object({
  gridUnitId: uuid(),
  boundary: geoJsonArea.nullish().transform((b): GeoJsonArea | null => b ?? null),
});

/** The administrative grid (网格): its units, their place in the tree, staff and boundaries. */
export const gridUnitResolvers: Resolvers = {
  Query: {
    gridUnit: (_, args, ctx) => ctx.loaders.gridUnitById.load(args.id),
    gridUnits: (_, args, ctx) => listGridUnits({ args: listArgs(args, gridUnitFilter), ctx }),
  },
  Mutation: {
    createGridUnit: defineMutation({
      roles: ADMINS,
      input: createInput,
      run: createGridUnit,
    }),
    moveGridUnit: defineMutation({
      roles: ADMINS,
      input: moveInput,
      run: moveGridUnit,
    }),
    deleteGridUnit: defineMutation({
      roles: ADMINS,
      input: deleteArgs,
      args: true,
      run: deleteGridUnit,
    }),
    setGridStaff: defineMutation({
      roles: CENTRE_OFFICE,
      input: staffInput,
      run: setGridStaff,
    }),
    setGridUnitNames: defineMutation({
      roles: ADMINS,
      input: namesInput,
      run: setGridUnitNames,
    }),
    setGridUnitBoundary: defineMutation({
      roles: ADMINS,
      input: boundaryInput,
      run: setGridUnitBoundary,
    }),
  },
  GridUnit: {
    ...treeNode((ctx) => ctx.loaders.gridUnitById),
    children: (unit, _, ctx) => ctx.loaders.gridUnitChildren.load(unit.id),
    ancestors: (unit, _, ctx) => ctx.loaders.gridUnitAncestors.load(unit.path),
    boundary: async (unit, _, ctx) => (await ctx.loaders.gridUnitBoundary.load(unit.id))?.boundary ?? null,
    staff: async (unit, _, ctx) =>
      (await ctx.loaders.gridUnitStaff.load(unit.id)).map((s) => ({
        role: s.role,
        person: { __typename: 'Person', id: s.personId },
      })),
  },
};
