import {
  createGridRepository,
  createGridTreeRepository,
  type GeoJsonArea,
  GRID_LEVELS,
  type GridStaffRole,
  type GridUnitRow,
} from '@onedoor/db/grid';
import { badInput, conflict } from '@onedoor/subgraph-kit';
import type { GridCall } from '../context';
import { changeGrid } from './audit';
import { listRefs, requireGridUnit, requirePersons } from './references';

/**
 * The cases naming a unit, asked of the cases subgraph. The grid may not read the cases domain's own list of
 * statuses, so it names the finished ones (CaseStatus of the cases contract) and counts open as the rest.
 */
const CASES_ON_UNIT = `query($g: ID!) {
  finished: cases(filter: { gridUnitId: $g, status: [CLOSED, NOT_ACCEPTED, HANDED_OVER] }, first: 0) { totalCount }
  all: cases(filter: { gridUnitId: $g }, first: 0) { totalCount }
}`;

/** Moves a unit, with everything below it, under another parent one level up; paths are rewritten in one statement. */
export async function moveGridUnit({ input, ctx }: GridCall<{ id: string; parentId: string }>): Promise<GridUnitRow> {
  return changeGrid(ctx, 'moveGridUnit', async (tx) => {
    const tree = createGridTreeRepository(tx);
    await tree.lockTree();
    const unit = await requireGridUnit({ db: tx, ref: ['input.id', input.id] });
    const parent = await requireGridUnit({
      db: tx,
      ref: ['input.parentId', input.parentId],
      hint: 'pick the new parent from gridUnits',
    });
    if (parent.path.startsWith(unit.path)) {
      throw badInput(
        'input.parentId',
        `'${parent.name}' is ${parent.id === unit.id ? 'the unit itself' : `inside '${unit.name}'`}: a unit cannot move below itself (that would make a cycle in the tree).`,
      );
    }
    const above = GRID_LEVELS[GRID_LEVELS.indexOf(unit.level) - 1];
    if (parent.level !== above) {
      throw badInput(
        'input.parentId',
        `A ${unit.level} belongs under a ${above ?? 'nothing'}; '${parent.name}' is a ${parent.level}.`,
      );
    }
    const moved = await tree.moveSubtree({
      id: unit.id,
      path: unit.path,
      depth: unit.depth,
      newParentId: parent.id,
      newParentPath: parent.path,
      newParentDepth: parent.depth,
      at: ctx.clock.now(),
    });
    return {
      result: (await createGridRepository(tx).findGridUnitsByIds([unit.id]))[0]!,
      entityId: unit.id,
      data: { fromParentId: unit.parentId, toParentId: parent.id, unitsMoved: moved },
    };
  });
}

/**
 * Deletes a leaf unit that nothing points at. Cases name their place by grid unit, so a unit any case
 * still names (open or closed: closed cases keep their history) stays; the cases subgraph is asked as the caller.
 */
export async function deleteGridUnit({ input: { id }, ctx }: GridCall<{ id: string }>): Promise<GridUnitRow> {
  const unit = await requireGridUnit({ db: ctx.db, ref: ['id', id] });
  const cases = await ctx.peers.query<{ finished: { totalCount: number }; all: { totalCount: number } }>(
    'cases',
    CASES_ON_UNIT,
    { g: id },
  );
  const open = cases.all.totalCount - cases.finished.totalCount;
  if (open > 0) {
    throw conflict(`'${unit.name}' has ${open} open case(s): close or move them before deleting the unit.`, {
      openCases: open,
    });
  }
  if (cases.all.totalCount > 0) {
    throw conflict(
      `${cases.all.totalCount} closed case(s) name '${unit.name}' as their place and keep it in their history: the unit cannot be deleted.`,
    );
  }
  return changeGrid(ctx, 'deleteGridUnit', async (tx) => {
    const tree = createGridTreeRepository(tx);
    await tree.lockTree();
    const left = await tree.dependants(id);
    const what = [
      left.children && `${left.children} unit(s) below it`,
      left.organisations && `${left.organisations} organisation(s) serving it`,
      left.gridEvents && `${left.gridEvents} grid event(s)`,
    ].filter(Boolean);
    if (what.length > 0) throw conflict(`'${unit.name}' still has ${what.join(', ')}: move or delete those first.`);
    await tree.deleteGridUnit(id);
    return { result: unit, entityId: id, data: { code: unit.code, name: unit.name } };
  });
}

/** Sets the people in one staffing role of a unit ("one head, three members"), replacing whoever held it. */
export async function setGridStaff({
  input,
  ctx,
}: GridCall<{ gridUnitId: string; role: GridStaffRole; personIds: string[] }>): Promise<GridUnitRow> {
  const unit = await requireGridUnit({ db: ctx.db, ref: ['input.gridUnitId', input.gridUnitId] });
  if (input.role === 'GRID_HEAD' && input.personIds.length > 1)
    throw badInput('input.personIds', 'A grid unit has one grid head (网格长): give at most one person.', {
      reason: 'TOO_MANY',
      params: { max: 1 },
    });
  await requirePersons({ ctx, refs: listRefs('input.personIds', input.personIds), hint: 'register the person first' });
  return changeGrid(ctx, 'setGridStaff', async (tx) => {
    await createGridTreeRepository(tx).replaceStaff(unit.id, input.role, input.personIds);
    return { result: unit, entityId: unit.id, data: { role: input.role, personIds: input.personIds } };
  });
}

/** Records (or clears, with null) where a unit's boundary runs. */
export async function setGridUnitBoundary({
  input,
  ctx,
}: GridCall<{ gridUnitId: string; boundary: GeoJsonArea | null }>): Promise<GridUnitRow> {
  const unit = await requireGridUnit({ db: ctx.db, ref: ['input.gridUnitId', input.gridUnitId] });
  return changeGrid(ctx, 'setGridUnitBoundary', async (tx) => {
    await createGridTreeRepository(tx).setBoundary(unit.id, input.boundary, ctx.clock.now());
    return { result: unit, entityId: unit.id, data: { type: input.boundary?.type ?? null } };
  });
}
