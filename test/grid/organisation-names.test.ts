import { readFileSync, readdirSync } from 'node:fs';
import type { Database } from '@onedoor/db';
import { refreshSearchColumns, searchQuery } from '@onedoor/db/grid';
import { gridSubgraph } from '@onedoor/grid';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SubgraphHarness, startSubgraphHarness } from '../support/subgraph';
import { itRefusesBadInput, ok, refusedUnchanged, rowsAndAudits, UNKNOWN_ID } from './helpers';
import { addBranch } from './tree';

let server: SubgraphHarness;
let admin: string;
let staff: string;
let branch: Awaited<ReturnType<typeof addBranch>>;
let bureau: string;

const CREATE = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id shortName aliases } }`;
const PROFILE = `mutation($i: SetOrganisationProfileInput!) { setOrganisationProfile(input: $i) { shortName aliases channels } }`;
const UNIT_NAMES = `mutation($i: SetGridUnitNamesInput!) { setGridUnitNames(input: $i) { name shortName aliases } }`;
const ORGS = `query($s: String) { organisations(filter: { search: $s }) { nodes { code } } }`;
const UNITS = `query($s: String) { gridUnits(filter: { search: $s }) { nodes { code } } }`;

async function found(query: string, search: string): Promise<string[]> {
  const data = ok(await server.gql<Record<string, { nodes: { code: string }[] }>>(query, { s: search }, staff));
  return Object.values(data)[0]!.nodes.map((n) => n.code);
}
const orgsFound = (search: string) => found(ORGS, search);
const unitsFound = (search: string) => found(UNITS, search);

/** The rows of a raw statement, as either database driver returns them. */
async function rowsOf<T>(db: Pick<Database, 'execute'>, query: ReturnType<typeof sql>): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];
}

beforeAll(async () => {
  server = await startSubgraphHarness(gridSubgraph);
  admin = await server.tokenFor(['ADMIN']);
  staff = await server.tokenFor(['CENTRE_STAFF']);
  branch = await addBranch(server, admin, 'LH');
  const created = await server.gql<{ createOrganisation: { id: string; shortName: string; aliases: string[] } }>(
    CREATE,
    {
      input: {
        code: 'BM-01',
        name: '临河县人力资源和社会保障局',
        kind: 'DEPARTMENT',
        shortName: ' 人社局 ',
        aliases: ['县人社局', '人社', '', '人社'],
      },
    },
    admin,
  );
  expect(ok(created).createOrganisation).toMatchObject({ shortName: '人社局', aliases: ['县人社局', '人社'] });
  bureau = created.data!.createOrganisation.id;
  for (const [code, name] of [
    ['BM-02', '临河县住房和城乡建设局'],
    ['BM-03', '临河县司法局'],
    ['XZ-01', '临河县青云镇人民政府'],
  ] as const)
    ok(
      await server.gql(
        CREATE,
        { input: { code, name, kind: code.startsWith('XZ') ? 'TOWNSHIP' : 'DEPARTMENT' } },
        admin,
      ),
    );
});
afterAll(() => server.stop());

describe('an organisation is found by the words a county uses for it', () => {
  it.each([
    ['its short name', '人社局'],
    ['an alias', '县人社局'],
    ['part of an alias', '人社'],
    ['words of its full name', '人力资源'],
    ['the initials of its short name', 'rsj'],
    ['the initials of its full name, any case', 'RLZYHSHBZJ'],
    ['the full pinyin of its short name', 'rensheju'],
    ['its code', 'bm-01'],
    ['its short name typed with a space', '人社 局'],
    ['its initials typed in full-width letters', 'ＲＳＪ'],
  ])('by %s (%s)', async (_what, search) => {
    expect(await orgsFound(search)).toEqual(['BM-01']);
  });

  it('one character finds every name holding it; nonsense and wildcards find nothing', async () => {
    expect(await orgsFound('局')).toEqual(['BM-01', 'BM-02', 'BM-03']);
    expect(await orgsFound('无此单位')).toEqual([]);
    expect(await orgsFound('xyzq')).toEqual([]);
    expect(await orgsFound('%')).toEqual([]);
    expect(await orgsFound('_')).toEqual([]);
  });

  it('a match never spans two names: the end of one and the start of the next are not a word', async () => {
    // The search text holds 人社局 then 县人社局: 局县 would only appear across the two.
    expect(await orgsFound('局县')).toEqual([]);
  });

  it('changing the short name and aliases changes what finds it; left out, they stay', async () => {
    const set = (i: Record<string, unknown>) =>
      server.gql<{ setOrganisationProfile: unknown }>(PROFILE, { i: { organisationId: bureau, ...i } }, admin);
    expect(ok(await set({ channels: ['COUNTY_DEPARTMENT'], contacts: [] })).setOrganisationProfile).toEqual({
      shortName: '人社局',
      aliases: ['县人社局', '人社'],
      channels: ['COUNTY_DEPARTMENT'],
    });
    expect(ok(await set({ channels: [], contacts: [], aliases: ['劳动局'] })).setOrganisationProfile).toMatchObject({
      shortName: '人社局',
      aliases: ['劳动局'],
    });
    expect(await orgsFound('县人社局')).toEqual([]);
    expect(await orgsFound('ldj')).toEqual(['BM-01']);
    expect(ok(await set({ channels: [], contacts: [], shortName: null })).setOrganisationProfile).toMatchObject({
      shortName: null,
      aliases: ['劳动局'],
    });
    expect(await orgsFound('rsj')).toEqual([]);
    ok(await set({ channels: [], contacts: [], shortName: '人社局', aliases: ['县人社局', '人社'] }));
    expect(await orgsFound('rsj')).toEqual(['BM-01']);
  });

  const rowCounts = () => rowsAndAudits(server.db, 'grid.organisations');
  itRefusesBadInput(
    [
      ['a short name over 30 characters', { shortName: '局'.repeat(31) }, 'input.shortName'],
      ['more than 10 aliases', { aliases: Array.from({ length: 11 }, (_, i) => `别称${i}`) }, 'input.aliases'],
      ['an alias over 50 characters', { aliases: ['局'.repeat(51)] }, 'input.aliases.0'],
    ],
    (names) =>
      refusedUnchanged(rowCounts, () =>
        server.gql(CREATE, { input: { code: 'BAD', name: '某局', kind: 'DEPARTMENT', ...names } }, admin),
      ),
  );

  it('only administrators set them', async () => {
    const i = { organisationId: bureau, channels: [], contacts: [], shortName: '劳动局' };
    const error = await refusedUnchanged(rowCounts, () => server.gql(PROFILE, { i }, staff));
    expect(error.code).toBe('FORBIDDEN');
    expect(await orgsFound('rsj')).toEqual(['BM-01']);
  });

  it('the search is served by the GIN index on the grams', async () => {
    const query = searchQuery('人社局')!;
    const plan = await server.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      const rows = await rowsOf<{ 'QUERY PLAN': string }>(
        tx,
        sql`explain select id from grid.organisations
          where search_grams @> ${`{${query.grams.join(',')}}`}::text[] and search_text like ${query.pattern}`,
      );
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    expect(plan).toMatch(/organisations_search_idx/);
  });
});

describe('a grid unit is found by its names and their pinyin', () => {
  it('by name, pinyin initials and full pinyin, and by a short name and aliases once set', async () => {
    expect(await unitsFound('青云镇')).toEqual(['LH-01']);
    expect(await unitsFound('qyz')).toEqual(['LH-01']);
    expect(await unitsFound('qingyun')).toEqual(['LH-01']);
    expect(await unitsFound('lzc')).toEqual(['LH-01-1-01', 'LH-01-1-01-01']);
    expect(await unitsFound('青云片')).toEqual([]);
    const i = { gridUnitId: branch.township.id, shortName: '青云', aliases: ['青云片区', '老青云乡'] };
    expect(ok(await server.gql(UNIT_NAMES, { i }, admin))).toEqual({
      setGridUnitNames: { name: '青云镇', shortName: '青云', aliases: ['青云片区', '老青云乡'] },
    });
    expect(await unitsFound('青云片')).toEqual(['LH-01']);
    expect(await unitsFound('lqyx')).toEqual(['LH-01']);
  });

  it('refuses an unknown unit and other roles than administrators', async () => {
    const counts = () => rowsAndAudits(server.db, 'grid.grid_units');
    const unknown = { gridUnitId: UNKNOWN_ID, shortName: null, aliases: [] };
    expect(await refusedUnchanged(counts, () => server.gql(UNIT_NAMES, { i: unknown }, admin))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.gridUnitId',
    });
    const mine = { gridUnitId: branch.township.id, shortName: null, aliases: [] };
    expect((await refusedUnchanged(counts, () => server.gql(UNIT_NAMES, { i: mine }, staff))).code).toBe('FORBIDDEN');
  });
});

describe('the migration that added the search columns', () => {
  it('keeps rows written before it found by name and code, and by pinyin once the grid subgraph has started', async () => {
    const folder = new URL('../../db/drizzle/', import.meta.url);
    const file = readdirSync(folder).find((f) => f.endsWith('_grid_search_names_category_routing.sql'))!;
    const backfill = readFileSync(new URL(file, folder), 'utf8')
      .split('--> statement-breakpoint')
      .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
      .filter((s) => s.startsWith('UPDATE "grid".'));
    expect(backfill).toHaveLength(2);
    // The rows as a database upgraded from before the migration has them: search columns at their defaults.
    await server.db.execute(sql`update grid.organisations set search_text = '', search_grams = '{}'`);
    expect(await orgsFound('人力资源')).toEqual([]);
    for (const statement of backfill) await server.db.execute(sql.raw(statement));
    expect(await orgsFound('人力资源')).toEqual(['BM-01']);
    expect(await orgsFound('社')).toEqual(['BM-01']);
    expect(await orgsFound('bm-0')).toEqual(['BM-01', 'BM-02', 'BM-03']);
    expect(await orgsFound('rlzy')).toEqual([]);

    // The backfilled rows are of search version 0: the grid subgraph's start recomputes them, pinyin and all.
    await server.db.execute(sql`update grid.organisations set search_version = 0`);
    expect(await refreshSearchColumns(server.db, 2)).toBeGreaterThanOrEqual(3);
    expect(await orgsFound('rlzy')).toEqual(['BM-01']);
    expect(await orgsFound('人力资源')).toEqual(['BM-01']);
    expect(await refreshSearchColumns(server.db)).toBe(0); // nothing left under an older version
  });
});
