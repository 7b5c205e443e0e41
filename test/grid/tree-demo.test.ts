import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onlyError } from '../support/client';
import { startTestStack, type TestStack } from '../support/stack';
import { countRows, ok, readById, refusedUnchanged } from './helpers';

let stack: TestStack;
let admin: string;
let county: { id: string };

interface Unit {
  id: string;
  name: string;
  level: string;
  depth: number;
  parent: { id: string } | null;
  ancestors: { id: string; level: string }[];
}
const UNIT = 'id name level depth parent { id } ancestors { id level }';
const LIST = `query($f: GridUnitFilter, $n: Int) { gridUnits(filter: $f, first: $n) { totalCount nodes { ${UNIT} } } }`;
const MOVE = `mutation($i: MoveGridUnitInput!) { moveGridUnit(input: $i) { ${UNIT} } }`;

const gridStatements = () => stack.counter.touching('grid');
async function units(filter: Record<string, unknown>, n = 200) {
  return ok(await stack.gql<{ gridUnits: { totalCount: number; nodes: Unit[] } }>(LIST, { f: filter, n }, admin))
    .gridUnits;
}

beforeAll(async () => {
  stack = await startTestStack();
  admin = await stack.login('admin');
  county = (await units({ level: 'COUNTY' })).nodes[0]!;
});
afterAll(() => stack?.stop());

describe('the demo county as a tree of five levels', () => {
  it('lists the ~600 base grids below the county with one subtree statement (a path prefix, at any depth)', async () => {
    stack.counter.reset();
    const grids = await units({ withinId: county.id, level: 'GRID' });
    expect(grids.totalCount).toBe((await units({ level: 'GRID' }, 0)).totalCount);
    expect(grids.totalCount).toBeGreaterThan(550);
    const subtree = gridStatements().filter((q) => /"grid_units"\."path" like/.test(q));
    // One statement for the page and one for the count, each a single path-prefix condition.
    expect(subtree).toHaveLength(2);
    expect(subtree.every((q) => !/with recursive/i.test(q))).toBe(true);
  });

  it('gives the ancestors of 200 base grids, four levels each, in one statement', async () => {
    const grids = await units({ withinId: county.id, level: 'GRID' });
    stack.counter.reset();
    const again = ok(
      await stack.gql<{ gridUnits: { nodes: Unit[] } }>(
        `query($f: GridUnitFilter) { gridUnits(filter: $f, first: 200) { nodes { id ancestors { id level } } } }`,
        { f: { withinId: county.id, level: 'GRID' } },
        admin,
      ),
    ).gridUnits;
    expect(
      again.nodes.every((g) => g.ancestors.map((a) => a.level).join() === 'COUNTY,TOWNSHIP,WORK_AREA,VILLAGE'),
    ).toBe(true);
    expect(again.nodes.map((g) => g.id)).toEqual(grids.nodes.map((g) => g.id));
    const lookups = gridStatements().filter((q) => !/like/.test(q) && !/count\(/.test(q));
    // The within-unit look-up, then the ancestors of the whole page at once.
    expect(lookups.length).toBeLessThanOrEqual(2);
  });
});

describe('moving a subtree', () => {
  it('moves a village with its grids to a work area of another township, rewriting every path in one statement', async () => {
    const areas = await units({ level: 'WORK_AREA' }, 200);
    const villages = await units({ level: 'VILLAGE' }, 1);
    const village = villages.nodes[0]!;
    const target = areas.nodes.find((a) => a.ancestors[1]!.id !== village.ancestors[1]!.id)!;
    const gridsBefore = await units({ withinId: village.id });
    stack.counter.reset();
    const moved = ok(
      await stack.gql<{ moveGridUnit: Unit }>(MOVE, { i: { id: village.id, parentId: target.id } }, admin),
    ).moveGridUnit;
    expect(stack.counter.touching('grid').filter((q) => /^update "grid"\."grid_units"/.test(q))).toHaveLength(1);
    expect(moved).toMatchObject({ depth: 3, parent: { id: target.id } });
    expect(moved.ancestors.map((a) => a.id)).toEqual([...target.ancestors.map((a) => a.id), target.id]);
    const gridsAfter = await units({ withinId: village.id });
    expect(gridsAfter.totalCount).toBe(gridsBefore.totalCount);
    for (const g of gridsAfter.nodes) {
      expect(g.depth).toBe(4);
      expect(g.ancestors.map((a) => a.id)).toEqual([...moved.ancestors.map((a) => a.id), village.id]);
    }
    const underTarget = await units({ withinId: target.id, level: 'GRID' });
    expect(underTarget.nodes.map((g) => g.id)).toEqual(expect.arrayContaining(gridsAfter.nodes.map((g) => g.id)));
  });

  it('refuses to move a unit below itself (a cycle) as bad input on input.parentId, and writes nothing', async () => {
    const township = (await units({ level: 'TOWNSHIP' }, 1)).nodes[0]!;
    const inside = (await units({ withinId: township.id, level: 'VILLAGE' }, 1)).nodes[0]!;
    const err = await refusedUnchanged(
      () => countRows(stack, 'audit.events'),
      () => stack.gql(MOVE, { i: { id: township.id, parentId: inside.id } }, admin),
    );
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.parentId' });
    expect(err.message).toMatch(/cycle/);
    const same = await readById<Unit>(stack, { field: 'gridUnit', selection: UNIT, id: township.id }, admin);
    expect(same.parent?.id).toBe(county.id);
  });

  it('refuses a parent of the wrong level', async () => {
    const grid = (await units({ level: 'GRID' }, 1)).nodes[0]!;
    const township = (await units({ level: 'TOWNSHIP' }, 1)).nodes[0]!;
    expect(onlyError(await stack.gql(MOVE, { i: { id: grid.id, parentId: township.id } }, admin))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.parentId',
    });
  });
});

describe('deleting a unit', () => {
  const DELETE = 'mutation($id: ID!) { deleteGridUnit(id: $id) { id } }';

  it('refuses a unit with open cases, asking the cases subgraph', async () => {
    const open = ok(
      await stack.gql<{ cases: { nodes: { place: { id: string } }[] } }>(
        '{ cases(first: 1, filter: { status: [IN_HANDLING] }) { nodes { place { id } } } }',
        {},
        admin,
      ),
    ).cases.nodes[0]!;
    const err = onlyError(await stack.gql(DELETE, { id: open.place.id }, admin));
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toMatch(/open case/);
  });

  it('refuses a unit with units below it, and deletes a new empty one', async () => {
    const village = (await units({ level: 'VILLAGE' }, 1)).nodes[0]!;
    expect(onlyError(await stack.gql(DELETE, { id: village.id }, admin)).code).toBe('CONFLICT');
    const created = ok(
      await stack.gql<{ createGridUnit: { id: string } }>(
        'mutation($i: CreateGridUnitInput!) { createGridUnit(input: $i) { id } }',
        { i: { code: 'TMP-GRID-1', name: '临时网格', level: 'GRID', parentId: village.id } },
        admin,
      ),
    );
    ok(await stack.gql(DELETE, { id: created.createGridUnit.id }, admin));
    const gone = ok(
      await stack.gql<{ gridUnit: unknown }>(
        'query($id: ID!) { gridUnit(id: $id) { id } }',
        { id: created.createGridUnit.id },
        admin,
      ),
    );
    expect(gone.gridUnit).toBeNull();
  });
});

describe('staffing and boundaries', () => {
  it('records the grid head and members of a grid and its boundary polygon', async () => {
    const grid = (await units({ level: 'GRID' }, 1)).nodes[0]!;
    const persons = ok(
      await stack.gql<{ persons: { nodes: { id: string }[] } }>('{ persons(first: 3) { nodes { id } } }', {}, admin),
    ).persons.nodes;
    const STAFF = 'mutation($i: SetGridStaffInput!) { setGridStaff(input: $i) { staff { role person { id } } } }';
    ok(await stack.gql(STAFF, { i: { gridUnitId: grid.id, role: 'GRID_HEAD', personIds: [persons[0]!.id] } }, admin));
    const res = ok(
      await stack.gql<{ setGridStaff: { staff: { role: string; person: { id: string } }[] } }>(
        STAFF,
        { i: { gridUnitId: grid.id, role: 'GRID_MEMBER', personIds: [persons[1]!.id, persons[2]!.id] } },
        admin,
      ),
    );
    expect(res.setGridStaff.staff).toEqual([
      { role: 'GRID_HEAD', person: { id: persons[0]!.id } },
      { role: 'GRID_MEMBER', person: { id: persons[1]!.id } },
      { role: 'GRID_MEMBER', person: { id: persons[2]!.id } },
    ]);
    const twoHeads = onlyError(
      await stack.gql(
        STAFF,
        { i: { gridUnitId: grid.id, role: 'GRID_HEAD', personIds: [persons[1]!.id, persons[2]!.id] } },
        admin,
      ),
    );
    expect(twoHeads).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.personIds' });
    const unknown = onlyError(
      await stack.gql(
        STAFF,
        { i: { gridUnitId: grid.id, role: 'GRID_MEMBER', personIds: ['00000000-0000-4000-8000-000000000001'] } },
        admin,
      ),
    );
    expect(unknown).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.personIds.0' });

    const square = {
      type: 'Polygon',
      coordinates: [
        [
          [118.6, 34.9],
          [118.7, 34.9],
          [118.7, 35.0],
          [118.6, 34.9],
        ],
      ],
    };
    const BOUNDARY = 'mutation($i: SetGridUnitBoundaryInput!) { setGridUnitBoundary(input: $i) { boundary } }';
    expect(
      ok(
        await stack.gql<{ setGridUnitBoundary: { boundary: unknown } }>(
          BOUNDARY,
          { i: { gridUnitId: grid.id, boundary: square } },
          admin,
        ),
      ).setGridUnitBoundary.boundary,
    ).toEqual(square);
    const open = {
      type: 'Polygon',
      coordinates: [
        [
          [118.6, 34.9],
          [118.7, 34.9],
          [118.7, 35.0],
          [118.6, 35.0],
        ],
      ],
    };
    expect(onlyError(await stack.gql(BOUNDARY, { i: { gridUnitId: grid.id, boundary: open } }, admin))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.boundary.coordinates.0',
    });
  });
});
