import { GRID_LEVELS, ORGANISATION_KINDS } from '@onedoor/db/grid';
import { gridSubgraph } from '@onedoor/grid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SubgraphHarness, startSubgraphHarness } from '../support/subgraph';
import { addBranch, addUnit, type BuiltUnit } from './tree';

let server: SubgraphHarness;
let admin: string;
let branch: Awaited<ReturnType<typeof addBranch>>;
const grids: BuiltUnit[] = [];

/** What the gateway sends when a case asks for its place: `_entities` with GridUnit references. */
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on GridUnit { id name ancestors { name } }
  ... on Organisation { id name kind gridUnit { name } }
} }`;
const ref = (typename: string) => (id: string) => ({ __typename: typename, id });

beforeAll(async () => {
  server = await startSubgraphHarness(gridSubgraph);
  admin = await server.tokenFor(['ADMIN']);
  branch = await addBranch(server, admin, 'LH');
  // Two more villages, so the 50 grids hang under different ancestors.
  const villages = [branch.village];
  for (const n of [2, 3]) {
    villages.push(
      await addUnit(server, admin, {
        code: `LH-01-1-0${n}`,
        name: `第${n}村`,
        level: 'VILLAGE',
        parentId: branch.workArea.id,
      }),
    );
  }
  grids.push(branch.grid);
  for (let i = 2; i <= 50; i++) {
    const village = villages[i % 3]!;
    grids.push(
      await addUnit(server, admin, {
        code: `${village.code}-${String(i).padStart(2, '0')}`,
        name: `网格${i}`,
        level: 'GRID',
        parentId: village.id,
      }),
    );
  }
});
afterAll(() => server.stop());

describe('references from other subgraphs (_entities)', () => {
  it('50 grid units with their ancestors cost the same few statements as 5', async () => {
    const statementsFor = async (units: BuiltUnit[]) => {
      server.counter.reset();
      const res = await server.gql<{ _entities: { id: string; ancestors: unknown[] }[] }>(
        ENTITIES,
        { r: units.map((u) => ref('GridUnit')(u.id)) },
        admin,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?._entities.map((e) => e.id)).toEqual(units.map((u) => u.id));
      expect(res.data?._entities.every((e) => e.ancestors.length === 4)).toBe(true);
      return server.counter.touching('grid').length;
    };
    const forFive = await statementsFor(grids.slice(0, 5));
    const forFifty = await statementsFor(grids);
    expect(forFifty).toBeLessThanOrEqual(2);
    expect(forFifty).toBe(forFive);
  });

  it('resolves organisations and grid units without a token: names of places and bodies are public', async () => {
    const org = await server.gql<{ createOrganisation: { id: string } }>(
      `mutation { createOrganisation(input: { code: "QYZ", name: "青云镇人民政府", kind: TOWNSHIP, gridUnitId: "${branch.township.id}" }) { id } }`,
      {},
      admin,
    );
    const res = await server.gql(ENTITIES, {
      r: [ref('Organisation')(org.data!.createOrganisation.id), ref('GridUnit')(branch.grid.id)],
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?._entities).toEqual([
      { id: org.data!.createOrganisation.id, name: '青云镇人民政府', kind: 'TOWNSHIP', gridUnit: { name: '青云镇' } },
      {
        id: branch.grid.id,
        name: '柳庄村第一网格',
        ancestors: [{ name: '临河县' }, { name: '青云镇' }, { name: '东片工作区' }, { name: '柳庄村' }],
      },
    ]);
  });

  it('answers null for ids that do not exist or are not ids, so a caller can tell which references are bad', async () => {
    const res = await server.gql<{ _entities: unknown[] }>(ENTITIES, {
      r: [
        ref('GridUnit')('00000000-0000-4000-8000-000000000000'),
        ref('GridUnit')('not-an-id'),
        ref('GridUnit')(branch.county.id),
        ref('Organisation')('x'),
      ],
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?._entities).toEqual([null, null, { id: branch.county.id, name: '临河县', ancestors: [] }, null]);
  });
});

describe('the schema', () => {
  it('lists exactly the levels and kinds the tables store, each described with its Chinese term', async () => {
    const enumValues = async (name: string) => {
      const res = await server.gql<{ __type: { enumValues: { name: string; description: string }[] } }>(
        `query($n: String!) { __type(name: $n) { enumValues { name description } } }`,
        { n: name },
      );
      return res.data!.__type.enumValues;
    };
    const levels = await enumValues('GridLevel');
    const kinds = await enumValues('OrganisationKind');
    expect(levels.map((v) => v.name)).toEqual([...GRID_LEVELS]);
    expect(kinds.map((v) => v.name)).toEqual([...ORGANISATION_KINDS]);
    for (const v of [...levels, ...kinds]) expect(v.description).toMatch(/\p{Script=Han}/u);
  });
});
