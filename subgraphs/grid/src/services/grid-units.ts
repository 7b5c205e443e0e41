import { randomUUID } from 'node:crypto';
import {
  createGridRepository,
  createGridTreeRepository,
  GRID_LEVELS,
  type GridLevel,
  type GridUnitRow,
  gridUnitsTable,
} from '@onedoor/db/grid';
import { badInput, type PageArgs, paginate } from '@onedoor/subgraph-kit';
import type { GridCall, GridContext } from '../context';
import { changeGrid } from './audit';
import { type CodeOrNameOrder, codeOrNameSort, namesOf } from './listing';
import { requireGridUnit } from './references';
import { duplicateCode, withUniqueCode } from './unique';

export interface CreateGridUnitValues {
  code: string;
  name: string;
  level: GridLevel;
  parentId?: string | null | undefined;
  shortName: string | null;
  aliases: string[];
}

export interface ListGridUnitsArgs extends PageArgs {
  filter: { level?: GridLevel | null; parentId?: string | null; withinId?: string | null; search?: string | null };
  orderBy: CodeOrNameOrder;
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

export async function createGridUnit({ input, ctx }: GridCall<CreateGridUnitValues>): Promise<GridUnitRow> {
  return withUniqueCode(input.code, 'grid unit', () =>
    changeGrid(ctx, 'createGridUnit', async (tx) => {
      // A move running meanwhile could rewrite the parent's path after we read it: the tree lock keeps them apart.
      await createGridTreeRepository(tx).lockTree();
      const repo = createGridRepository(tx);
      const parent = input.parentId
        ? await requireGridUnit({
            db: tx,
            ref: ['input.parentId', input.parentId],
            hint: 'pick the parent from gridUnits',
          })
        : null;
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
        shortName: input.shortName,
        aliases: input.aliases,
      });
      return {
        result: row,
        entityId: id,
        data: { code: row.code, name: row.name, level: row.level, parentId: row.parentId, ...namesOf(row) },
      };
    }),
  );
}

/** Sets a unit's short name and aliases, replacing the ones before; its search text follows. */
export async function setGridUnitNames({
  input,
  ctx,
}: GridCall<{ gridUnitId: string; shortName: string | null; aliases: string[] }>): Promise<GridUnitRow> {
  const unit = await requireGridUnit({ db: ctx.db, ref: ['input.gridUnitId', input.gridUnitId] });
  return changeGrid(ctx, 'setGridUnitNames', async (tx) => {
    const names = { shortName: input.shortName, aliases: input.aliases };
    const row = await createGridRepository(tx).setGridUnitNames(unit, names, ctx.clock.now());
    return { result: row, entityId: row.id, data: names };
  });
}

/** Grid units matching a filter, in the order asked for. */
export async function listGridUnits({ args, ctx }: { args: ListGridUnitsArgs; ctx: GridContext }) {
  const { withinId, ...rest } = args.filter;
  // An unknown unit has no subtree (no path starts with '/none/'): the list is empty, as for an unknown parentId.
  const within = withinId
    ? ((await ctx.loaders.gridUnitById.load(withinId)) ?? { id: withinId, path: '/none/' })
    : null;
  const rows = createGridRepository(ctx.db).gridUnitsMatching({ ...rest, within });
  return paginate<GridUnitRow>({ args, sort: codeOrNameSort(args.orderBy, gridUnitsTable), ...rows });
}
