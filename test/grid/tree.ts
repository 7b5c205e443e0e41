import type { GridLevel } from '@onedoor/db/grid';
import type { GraphQLCall } from '../support/client';

/** Anything that posts operations to the grid: the single-subgraph harness or the whole stack. */
type Server = { gql: GraphQLCall };

export interface BuiltUnit {
  id: string;
  code: string;
  name: string;
}

const CREATE_UNIT = `mutation($input: CreateGridUnitInput!) { createGridUnit(input: $input) { id code name } }`;

/** Adds one grid unit through the API as the given (admin) token and returns it; fails loudly otherwise. */
export async function addUnit(
  server: Server,
  token: string,
  input: { code: string; name: string; level: GridLevel; parentId?: string },
): Promise<BuiltUnit> {
  const res = await server.gql<{ createGridUnit: BuiltUnit }>(CREATE_UNIT, { input }, token);
  if (!res.data?.createGridUnit) throw new Error(`createGridUnit ${input.code} failed: ${JSON.stringify(res.errors)}`);
  return res.data.createGridUnit;
}

/** One branch of the grid from the county down to a base grid, codes prefixed by `prefix`. */
export async function addBranch(server: Server, token: string, prefix: string) {
  const county = await addUnit(server, token, { code: `${prefix}`, name: '临河县', level: 'COUNTY' });
  const township = await addUnit(server, token, {
    code: `${prefix}-01`,
    name: '青云镇',
    level: 'TOWNSHIP',
    parentId: county.id,
  });
  const workArea = await addUnit(server, token, {
    code: `${prefix}-01-1`,
    name: '东片工作区',
    level: 'WORK_AREA',
    parentId: township.id,
  });
  const village = await addUnit(server, token, {
    code: `${prefix}-01-1-01`,
    name: '柳庄村',
    level: 'VILLAGE',
    parentId: workArea.id,
  });
  const grid = await addUnit(server, token, {
    code: `${prefix}-01-1-01-01`,
    name: '柳庄村第一网格',
    level: 'GRID',
    parentId: village.id,
  });
  return { county, township, workArea, village, grid };
}
