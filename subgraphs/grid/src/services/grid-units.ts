import { randomUUID } from 'node:crypto';
import {
  createGridRepository,
  createGridTreeRepository,
  GRID_LEVELS,
  type GridLevel,
  type GridUnitFilter,
  type GridUnitRow,
  gridUnitsTable,
} from '@onedoor/db';
import { badInput, type Connection, type Context, type PageArgs, paginate, recordAudit } from '@onedoor/subgraph-kit';
import type { GridLoaders } from '../loaders';
import { duplicateCode, withUniqueCode } from './unique';

type GridContext = Context<GridLoaders>;

export interface CreateGridUnitValues {
  code: string;
  name: string;
  level: GridLevel;
  parentId?: string | null | undefined;
}

export interface ListGridUnitsArgs extends PageArgs {
  filter: { level?: GridLevel | null; parentId?: string | null; withinId?: string | null; search?: string | null };
  orderBy: { field: 'CODE' | 'NAME'; direction: 'ASC' | 'DESC' };
}

/** Every unit sits exactly one level below its parent, and only a county stands at the root. */
function checkPlace(level: GridLevel, parent: GridUnitRow | null): void {
  if (!parent) {
    if (level !== 'COUNTY')
      throw badInput(
        'input.parentId',
        `A ${level} unit belongs to a ${GRID_LEVELS[GRID_LEVELS.indexOf(level) - 1]}: give its id as parentId.`,
      );
    return;
  }
  const below = GRID_LEVELS[GRID_LEVELS.indexOf(parent.level) + 1];
  if (!below)
    throw badInput(
      'input.parentId',
      `'${parent.name}' is a ${parent.level}, the lowest level of the grid: nothing can be added under it.`,
    );
  if (level !== below)
    throw badInput(
      'input.level',
      `Under the ${parent.level} '${parent.name}' only a ${below} can be added; got ${level}.`,
    );
}

export async function createGridUnit({
  input,
  ctx,
}: {
  input: CreateGridUnitValues;
  ctx: GridContext;
}): Promise<GridUnitRow> {
  return withUniqueCode(input.code, 'grid unit', () =>
    ctx.db.transaction(async (tx) => {
      // A move running meanwhile could rewrite the parent's path after we read it: the tree lock keeps them apart.
      await createGridTreeRepository(tx).lockTree();
      const repo = createGridRepository(tx);
      const parent = input.parentId ? ((await repo.findGridUnitsByIds([input.parentId]))[0] ?? null) : null;
      if (input.parentId && !parent) {
        throw badInput(
          'input.parentId',
          `No grid unit has the id '${input.parentId}': pick the parent from gridUnits.`,
        );
      }
      checkPlace(input.level, parent);
      const holder = await repo.findGridUnitByCode(input.code);
      if (holder) throw duplicateCode(input.code, 'grid unit', holder.name);
      // The id is made here rather than by the database because the unit's own path ends with it.
      const id = randomUUID();
      const row = await repo.insertGridUnit({
        id,
        code: input.code,
        name: input.name,
        level: input.level,
        parentId: parent?.id ?? null,
        path: `${parent?.path ?? '/'}${id}/`,
        depth: parent ? parent.depth + 1 : 0,
      });
      await recordAudit(tx, ctx, {
        subgraph: 'grid',
        action: 'createGridUnit',
        entityType: 'GridUnit',
        entityId: id,
        data: { code: row.code, name: row.name, level: row.level, parentId: row.parentId },
      });
      return row;
    }),
  );
}

export async function listGridUnits({
  args,
  ctx,
}: {
  args: ListGridUnitsArgs;
  ctx: GridContext;
}): Promise<Connection<GridUnitRow>> {
  const repo = createGridRepository(ctx.db);
  const { withinId, ...rest } = args.filter;
  const within = withinId ? await ctx.loaders.gridUnitById.load(withinId) : null;
  const filter: GridUnitFilter = { ...rest, within };
  // An unknown unit has no subtree: the list is empty, as for an unknown parentId.
  const nothing = !!withinId && !within;
  const byName = args.orderBy.field === 'NAME';
  return paginate<GridUnitRow>({
    args,
    sort: {
      column: byName ? gridUnitsTable.name : gridUnitsTable.code,
      direction: args.orderBy.direction,
      value: (r) => (byName ? r.name : r.code),
    },
    idColumn: gridUnitsTable.id,
    fetch: (page) => (nothing ? Promise.resolve([]) : repo.listGridUnits(filter, page)),
    count: () => (nothing ? Promise.resolve(0) : repo.countGridUnits(filter)),
  });
}
