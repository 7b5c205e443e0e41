import {
  CASE_STATUSES,
  createGridRepository,
  createGridTreeRepository,
  FINISHED_STATUSES,
  type GeoJsonArea,
  GRID_LEVELS,
  type GridStaffRole,
  type GridUnitRow,
} from '@onedoor/db';
import { badInput, type BaseContext, conflict, recordAudit } from '@onedoor/subgraph-kit';

/** Open as the cases subgraph counts it: every status but the finished ones. */
const OPEN_CASE_STATUSES = CASE_STATUSES.filter((s) => !FINISHED_STATUSES.includes(s));

const CASES_ON_UNIT = `query($g: ID!, $open: [CaseStatus!]) {
  open: cases(filter: { gridUnitId: $g, status: $open }, first: 0) { totalCount }
  all: cases(filter: { gridUnitId: $g }, first: 0) { totalCount }
}`;

async function unitOrBadInput(ctx: BaseContext, id: string, field: string): Promise<GridUnitRow> {
  const [unit] = await createGridRepository(ctx.db).findGridUnitsByIds([id]);
  if (!unit) throw badInput(field, `No grid unit has the id '${id}': pick one from gridUnits.`);
  return unit;
}

/** Moves a unit, with everything below it, under another parent one level up; paths are rewritten in one statement. */
export async function moveGridUnit({
  input,
  ctx,
}: {
  input: { id: string; parentId: string };
  ctx: BaseContext;
}): Promise<GridUnitRow> {
  return ctx.db.transaction(async (tx) => {
    const tree = createGridTreeRepository(tx);
    await tree.lockTree();
    const repo = createGridRepository(tx);
    const [unit, parent] = await Promise.all([
      repo.findGridUnitsByIds([input.id]),
      repo.findGridUnitsByIds([input.parentId]),
    ]).then(([u, p]) => [u[0], p[0]]);
    if (!unit) throw badInput('input.id', `No grid unit has the id '${input.id}': pick one from gridUnits.`);
    if (!parent)
      throw badInput(
        'input.parentId',
        `No grid unit has the id '${input.parentId}': pick the new parent from gridUnits.`,
      );
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
    await recordAudit(tx, ctx, {
      subgraph: 'grid',
      action: 'moveGridUnit',
      entityType: 'GridUnit',
      entityId: unit.id,
      data: { fromParentId: unit.parentId, toParentId: parent.id, unitsMoved: moved },
    });
    return (await repo.findGridUnitsByIds([unit.id]))[0]!;
  });
}

/**
 * Deletes a leaf unit that nothing points at. Cases name their place by grid unit, so a unit any case
 * still names (open or closed: closed cases keep their history) stays; the cases subgraph is asked as the caller.
 */
export async function deleteGridUnit({ id, ctx }: { id: string; ctx: BaseContext }): Promise<GridUnitRow> {
  const unit = await unitOrBadInput(ctx, id, 'id');
  const cases = await ctx.peers.query<{ open: { totalCount: number }; all: { totalCount: number } }>(
    'cases',
    CASES_ON_UNIT,
    { g: id, open: OPEN_CASE_STATUSES },
  );
  if (cases.open.totalCount > 0) {
    throw conflict(
      `'${unit.name}' has ${cases.open.totalCount} open case(s): close or move them before deleting the unit.`,
      { openCases: cases.open.totalCount },
    );
  }
  if (cases.all.totalCount > 0) {
    throw conflict(
      `${cases.all.totalCount} closed case(s) name '${unit.name}' as their place and keep it in their history: the unit cannot be deleted.`,
    );
  }
  return ctx.db.transaction(async (tx) => {
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
    await recordAudit(tx, ctx, {
      subgraph: 'grid',
      action: 'deleteGridUnit',
      entityType: 'GridUnit',
      entityId: id,
      data: { code: unit.code, name: unit.name },
    });
    return unit;
  });
}

/** Sets the people in one staffing role of a unit ("one head, three members"), replacing whoever held it. */
export async function setGridStaff({
  input,
  ctx,
}: {
  input: { gridUnitId: string; role: GridStaffRole; personIds: string[] };
  ctx: BaseContext;
}): Promise<GridUnitRow> {
  const unit = await unitOrBadInput(ctx, input.gridUnitId, 'input.gridUnitId');
  if (input.role === 'GRID_HEAD' && input.personIds.length > 1)
    throw badInput('input.personIds', 'A grid unit has one grid head (网格长): give at most one person.');
  const known = await ctx.peers.existing('people', 'Person', input.personIds);
  const missing = input.personIds.findIndex((p) => !known.has(p));
  if (missing >= 0)
    throw badInput(
      `input.personIds.${missing}`,
      `No person has the id '${input.personIds[missing]}': register the person first.`,
    );
  return ctx.db.transaction(async (tx) => {
    await createGridTreeRepository(tx).replaceStaff(unit.id, input.role, input.personIds);
    await recordAudit(tx, ctx, {
      subgraph: 'grid',
      action: 'setGridStaff',
      entityType: 'GridUnit',
      entityId: unit.id,
      data: { role: input.role, personIds: input.personIds },
    });
    return unit;
  });
}

/** Records (or clears, with null) where a unit's boundary runs. */
export async function setGridUnitBoundary({
  input,
  ctx,
}: {
  input: { gridUnitId: string; boundary: GeoJsonArea | null };
  ctx: BaseContext;
}): Promise<GridUnitRow> {
  const unit = await unitOrBadInput(ctx, input.gridUnitId, 'input.gridUnitId');
  return ctx.db.transaction(async (tx) => {
    await createGridTreeRepository(tx).setBoundary(unit.id, input.boundary, ctx.clock.now());
    await recordAudit(tx, ctx, {
      subgraph: 'grid',
      action: 'setGridUnitBoundary',
      entityType: 'GridUnit',
      entityId: unit.id,
      data: { type: input.boundary?.type ?? null },
    });
    return unit;
  });
}
