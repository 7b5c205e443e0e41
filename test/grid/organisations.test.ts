import { gridSubgraph } from '@onedoor/grid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onlyError } from '../support/client';
import { type SubgraphHarness, startSubgraphHarness } from '../support/subgraph';
import { itRefusesBadInput, refusedUnchanged, rowsAndAudits, UNKNOWN_ID } from './helpers';
import { addBranch } from './tree';

let server: SubgraphHarness;
let admin: string;
let staff: string;
let branch: Awaited<ReturnType<typeof addBranch>>;
const ids: Record<string, string> = {};

const CREATE = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) {
  id code name kind phone address parent { code } gridUnit { name ancestors { name } }
} }`;

async function addOrganisation(input: Record<string, unknown>) {
  const res = await server.gql<{ createOrganisation: { id: string } }>(CREATE, { input }, admin);
  if (!res.data?.createOrganisation) throw new Error(`createOrganisation failed: ${JSON.stringify(res.errors)}`);
  ids[input.code as string] = res.data.createOrganisation.id;
  return res.data.createOrganisation;
}

const rowCounts = () => rowsAndAudits(server.db, 'grid.organisations');

beforeAll(async () => {
  server = await startSubgraphHarness(gridSubgraph);
  admin = await server.tokenFor(['ADMIN']);
  staff = await server.tokenFor(['CENTRE_STAFF']);
  branch = await addBranch(server, admin, 'LH');
  await addOrganisation({
    code: 'XFJ',
    name: '县信访局',
    kind: 'PETITION_OFFICE',
    phone: '0539-1234567',
    address: '人民路1号',
  });
  await addOrganisation({ code: 'RSJ', name: '县人力资源和社会保障局', kind: 'DEPARTMENT' });
  await addOrganisation({ code: 'SFJ', name: '县司法局', kind: 'DEPARTMENT' });
  await addOrganisation({ code: 'QYZ', name: '青云镇人民政府', kind: 'TOWNSHIP', gridUnitId: branch.township.id });
  await addOrganisation({ code: 'XFJ-XL', name: '心理疏导工作室', kind: 'STUDIO', parentId: ids.XFJ });
});
afterAll(() => server.stop());

describe('recording organisations', () => {
  it('returns the new organisation with its parent and the area it serves', async () => {
    const created = await addOrganisation({
      code: 'QYZ-TW',
      name: '青云镇人民调解委员会',
      kind: 'MEDIATION_COMMITTEE',
      parentId: ids.QYZ,
      gridUnitId: branch.township.id,
    });
    expect(created).toMatchObject({
      code: 'QYZ-TW',
      kind: 'MEDIATION_COMMITTEE',
      phone: null,
      address: null,
      parent: { code: 'QYZ' },
      gridUnit: { name: '青云镇', ancestors: [{ name: '临河县' }] },
    });
  });

  itRefusesBadInput(
    [
      ['an unknown parent', { code: 'A1', name: '某局', kind: 'DEPARTMENT', parentId: UNKNOWN_ID }, 'input.parentId'],
      [
        'an unknown grid unit',
        { code: 'A2', name: '某镇', kind: 'TOWNSHIP', gridUnitId: UNKNOWN_ID },
        'input.gridUnitId',
      ],
      ['a code already used', { code: 'RSJ', name: '另一个局', kind: 'DEPARTMENT' }, 'input.code'],
      ['a name over 100 characters', { code: 'A3', name: '局'.repeat(101), kind: 'DEPARTMENT' }, 'input.name'],
    ],
    (input) => refusedUnchanged(rowCounts, () => server.gql(CREATE, { input }, admin)),
  );

  it('is for administrators: centre staff are refused', async () => {
    const input = { code: 'GAJ', name: '县公安局', kind: 'POLICE' };
    const error = await refusedUnchanged(rowCounts, () => server.gql(CREATE, { input }, staff));
    expect(error.code).toBe('FORBIDDEN');
  });

  it('needs a token', async () => {
    const error = onlyError(await server.gql(CREATE, { input: { code: 'GAJ', name: '县公安局', kind: 'POLICE' } }));
    expect(error.code).toBe('UNAUTHENTICATED');
  });
});

describe('finding organisations', () => {
  type Page = {
    organisations: {
      totalCount: number;
      nodes: { code: string }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
  };
  const LIST = `query($f: OrganisationFilter, $o: OrganisationOrder, $first: Int, $after: String, $offset: Int) {
    organisations(filter: $f, orderBy: $o, first: $first, after: $after, offset: $offset) {
      totalCount nodes { code } pageInfo { hasNextPage endCursor }
    } }`;
  const codes = (res: { data?: Page | null }) => res.data?.organisations.nodes.map((n) => n.code);

  it('lists by kind in code order, and by text in name or code', async () => {
    expect(codes(await server.gql<Page>(LIST, { f: { kind: 'DEPARTMENT' } }, staff))).toEqual(['RSJ', 'SFJ']);
    expect(codes(await server.gql<Page>(LIST, { f: { search: '青云' } }, staff))).toEqual(['QYZ', 'QYZ-TW']);
    expect(codes(await server.gql<Page>(LIST, { f: { search: 'xfj' } }, staff))).toEqual(['XFJ', 'XFJ-XL']);
    expect(codes(await server.gql<Page>(LIST, { f: { search: '%' } }, staff))).toEqual([]);
    expect(codes(await server.gql<Page>(LIST, { f: { gridUnitId: branch.township.id } }, staff))).toEqual([
      'QYZ',
      'QYZ-TW',
    ]);
  });

  it('sorts by code descending and pages with a cursor and an offset', async () => {
    const order = { field: 'CODE', direction: 'DESC' };
    const first = await server.gql<Page>(LIST, { o: order, first: 2 }, staff);
    expect(codes(first)).toEqual(['XFJ-XL', 'XFJ']);
    expect(first.data?.organisations.totalCount).toBe(6);
    const next = await server.gql<Page>(
      LIST,
      { o: order, first: 2, after: first.data?.organisations.pageInfo.endCursor },
      staff,
    );
    expect(codes(next)).toEqual(['SFJ', 'RSJ']);
    expect(codes(await server.gql<Page>(LIST, { o: order, first: 2, offset: 4 }, staff))).toEqual(['QYZ-TW', 'QYZ']);
  });

  it('refuses a page size over the limit and a filter id that is not an id', async () => {
    expect(onlyError(await server.gql(LIST, { first: 500 }, staff))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    expect(onlyError(await server.gql(LIST, { f: { parentId: 'xfj' } }, staff))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.parentId',
    });
  });

  it('finds one by id, and needs a token to list', async () => {
    const one = await server.gql<{ organisation: { name: string; parent: { name: string } } }>(
      `query($id: ID!) { organisation(id: $id) { name parent { name } } }`,
      { id: ids['XFJ-XL'] },
      staff,
    );
    expect(one.data?.organisation).toEqual({ name: '心理疏导工作室', parent: { name: '县信访局' } });
    expect(onlyError(await server.gql(LIST, {})).code).toBe('UNAUTHENTICATED');
    expect(onlyError(await server.gql(`{ organisation(id: "${ids.XFJ}") { name } }`)).code).toBe('UNAUTHENTICATED');
  });
});
