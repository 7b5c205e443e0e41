import { gridSubgraph } from '@onedoor/grid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onlyError } from '../support/client';
import { type SubgraphHarness, startSubgraphHarness } from '../support/subgraph';
import { itRefusesBadInput, refusedUnchanged, rowsAndAudits, UNKNOWN_ID } from './helpers';
import { addBranch, addUnit } from './tree';

let server: SubgraphHarness;
let admin: string;
let staff: string;
let branch: Awaited<ReturnType<typeof addBranch>>;

beforeAll(async () => {
  server = await startSubgraphHarness(gridSubgraph);
  admin = await server.tokenFor(['ADMIN']);
  staff = await server.tokenFor(['CENTRE_STAFF']);
  branch = await addBranch(server, admin, 'LH');
});
afterAll(() => server.stop());

const UNIT = `query($id: ID!) { gridUnit(id: $id) {
  id name level depth
  parent { id name }
  children { id name }
  ancestors { id name level }
} }`;

const rowCounts = () => rowsAndAudits(server.db, 'grid.grid_units');

describe('the grid tree', () => {
  it('a base grid four levels down knows its parent and all its ancestors from the county down', async () => {
    const res = await server.gql<{ gridUnit: Record<string, unknown> }>(UNIT, { id: branch.grid.id }, staff);
    expect(res.errors).toBeUndefined();
    expect(res.data?.gridUnit).toEqual({
      id: branch.grid.id,
      name: '柳庄村第一网格',
      level: 'GRID',
      depth: 4,
      parent: { id: branch.village.id, name: '柳庄村' },
      children: [],
      ancestors: [
        { id: branch.county.id, name: '临河县', level: 'COUNTY' },
        { id: branch.township.id, name: '青云镇', level: 'TOWNSHIP' },
        { id: branch.workArea.id, name: '东片工作区', level: 'WORK_AREA' },
        { id: branch.village.id, name: '柳庄村', level: 'VILLAGE' },
      ],
    });
  });

  it('the county is the root: no parent, no ancestors, its townships as children in code order', async () => {
    const later = await addUnit(server, admin, {
      code: 'LH-00',
      name: '城关街道',
      level: 'TOWNSHIP',
      parentId: branch.county.id,
    });
    const res = await server.gql<{
      gridUnit: { depth: number; parent: unknown; ancestors: unknown[]; children: { id: string }[] };
    }>(UNIT, { id: branch.county.id }, staff);
    expect(res.data?.gridUnit).toMatchObject({ depth: 0, parent: null, ancestors: [] });
    expect(res.data?.gridUnit.children.map((c) => c.id)).toEqual([later.id, branch.township.id]);
  });

  it('an unknown id is null, not an error', async () => {
    const res = await server.gql(UNIT, { id: '00000000-0000-4000-8000-000000000000' }, staff);
    expect(res).toEqual({ data: { gridUnit: null } });
  });

  it('lists the subtree of a township, the township itself left out, filtered by level and text', async () => {
    const query = `query($f: GridUnitFilter) { gridUnits(filter: $f) { totalCount nodes { code } } }`;
    const subtree = await server.gql<{ gridUnits: { totalCount: number; nodes: { code: string }[] } }>(
      query,
      { f: { withinId: branch.township.id } },
      staff,
    );
    expect(subtree.data?.gridUnits.nodes.map((n) => n.code)).toEqual(['LH-01-1', 'LH-01-1-01', 'LH-01-1-01-01']);
    expect(subtree.data?.gridUnits.totalCount).toBe(3);

    const grids = await server.gql<{ gridUnits: { nodes: { code: string }[] } }>(
      query,
      { f: { withinId: branch.county.id, level: 'GRID' } },
      staff,
    );
    expect(grids.data?.gridUnits.nodes.map((n) => n.code)).toEqual(['LH-01-1-01-01']);

    const byName = await server.gql<{ gridUnits: { nodes: { code: string }[] } }>(
      query,
      { f: { search: '柳庄' } },
      staff,
    );
    expect(byName.data?.gridUnits.nodes.map((n) => n.code)).toEqual(['LH-01-1-01', 'LH-01-1-01-01']);

    const unknown = await server.gql<{ gridUnits: { totalCount: number } }>(
      query,
      { f: { withinId: '00000000-0000-4000-8000-000000000000' } },
      staff,
    );
    expect(unknown.data?.gridUnits.totalCount).toBe(0);
  });

  it('pages through the children of a unit in code order with a cursor', async () => {
    const query = `query($f: GridUnitFilter, $after: String) { gridUnits(filter: $f, first: 1, after: $after) { nodes { code } pageInfo { hasNextPage endCursor } } }`;
    type Page = { gridUnits: { nodes: { code: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const first = await server.gql<Page>(query, { f: { parentId: branch.county.id } }, staff);
    expect(first.data?.gridUnits.nodes).toEqual([{ code: 'LH-00' }]);
    expect(first.data?.gridUnits.pageInfo.hasNextPage).toBe(true);
    const second = await server.gql<Page>(
      query,
      { f: { parentId: branch.county.id }, after: first.data?.gridUnits.pageInfo.endCursor },
      staff,
    );
    expect(second.data?.gridUnits.nodes).toEqual([{ code: 'LH-01' }]);
    expect(second.data?.gridUnits.pageInfo.hasNextPage).toBe(false);
  });
});

describe('adding grid units', () => {
  const CREATE = `mutation($input: CreateGridUnitInput!) { createGridUnit(input: $input) { id } }`;

  /** Adds a unit that must be refused, writing nothing; the error. */
  const refusedCreate = (input: Record<string, unknown>, token = admin) =>
    refusedUnchanged(rowCounts, () => server.gql(CREATE, { input }, token));

  itRefusesBadInput(
    [
      ['an unknown parent', { code: 'X1', name: '某村', level: 'VILLAGE', parentId: UNKNOWN_ID }, 'input.parentId'],
      [
        'a parent id that is not an id',
        { code: 'X2', name: '某村', level: 'VILLAGE', parentId: 'liuzhuang' },
        'input.parentId',
      ],
      ['a township without its county', { code: 'X3', name: '某镇', level: 'TOWNSHIP' }, 'input.parentId'],
      ['a code with spaces', { code: 'L H', name: '某县', level: 'COUNTY' }, 'input.code'],
      ['an empty name', { code: 'X4', name: '  ', level: 'COUNTY' }, 'input.name'],
    ],
    (input) => refusedCreate(input),
  );

  it('refuses a level that skips one below the parent, naming input.level', async () => {
    const error = await refusedCreate({ code: 'X5', name: '某村', level: 'VILLAGE', parentId: branch.township.id });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.level' });
    expect(error.message).toContain('WORK_AREA');
  });

  it('refuses a second county under a county and anything under a base grid', async () => {
    const county = onlyError(
      await server.gql(
        CREATE,
        { input: { code: 'X6', name: '某县', level: 'COUNTY', parentId: branch.county.id } },
        admin,
      ),
    );
    expect(county).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.level' });
    const underGrid = onlyError(
      await server.gql(CREATE, { input: { code: 'X7', name: '某格', level: 'GRID', parentId: branch.grid.id } }, admin),
    );
    expect(underGrid).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.parentId' });
  });

  it('refuses a code another unit already has', async () => {
    const error = await refusedCreate({ code: 'LH-01', name: '重名镇', level: 'TOWNSHIP', parentId: branch.county.id });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.code' });
    expect(error.message).toContain('青云镇');
  });

  it('writes the unit and its audit event together', async () => {
    const before = await rowCounts();
    await addUnit(server, admin, {
      code: 'LH-01-2',
      name: '西片工作区',
      level: 'WORK_AREA',
      parentId: branch.township.id,
    });
    expect(await rowCounts()).toEqual({ rows: before.rows + 1, audits: before.audits + 1 });
  });

  it('is for administrators: centre staff are refused and nothing is written', async () => {
    const input = { code: 'LH-02', name: '白沙镇', level: 'TOWNSHIP', parentId: branch.county.id };
    expect((await refusedCreate(input, staff)).code).toBe('FORBIDDEN');
  });
});

describe('signing in', () => {
  it.each([
    ['gridUnit', `{ gridUnit(id: "00000000-0000-4000-8000-000000000000") { id } }`],
    ['gridUnits', `{ gridUnits { totalCount } }`],
    ['createGridUnit', `mutation { createGridUnit(input: { code: "Z", name: "某县", level: COUNTY }) { id } }`],
  ])('%s without a token is UNAUTHENTICATED', async (_field, query) => {
    expect(onlyError(await server.gql(query)).code).toBe('UNAUTHENTICATED');
  });
});
