import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '../support/clock';
import { startTestStack, type TestStack } from '../support/stack';
import { addPoolMember, gridBuilder } from './builders';

const NOW = new Date('2026-03-02T01:30:00Z');
let stack: TestStack;
let staff: string;
const u: Record<string, string> = {};

function member(
  name: string,
  pool: string,
  specialties: string[],
  units: string[],
  extra: Record<string, unknown> = {},
): Promise<string> {
  return addPoolMember(stack, staff, name, { pool, specialties, gridUnitIds: units.map((k) => u[k]), ...extra });
}

/*
 * The hand-computed fixture:
 *   C ─ T1 ─ A1 ─ V1, V2          m1 family @V1           m4 family @V2 (suspended)
 *     └ T2 ─ A2 ─ V3, V4          m2 family+land @T2      m5 family @V2 (certificate expired)
 *                                 m3 land @V1,V2          m6 labor, no unit      m7 observer family @V2
 */
beforeAll(async () => {
  stack = await startTestStack({ seed: false, clock: new TestClock(NOW) });
  staff = await stack.tokenFor(['CENTRE_STAFF']);
  const grid = gridBuilder(stack, await stack.tokenFor(['ADMIN']));
  u.C = await grid.unit('X', 'COUNTY');
  u.T1 = await grid.unit('X-1', 'TOWNSHIP', u.C);
  u.T2 = await grid.unit('X-2', 'TOWNSHIP', u.C);
  u.A1 = await grid.unit('X-1-1', 'WORK_AREA', u.T1);
  u.A2 = await grid.unit('X-2-1', 'WORK_AREA', u.T2);
  u.V1 = await grid.unit('X-1-1-1', 'VILLAGE', u.A1);
  u.V2 = await grid.unit('X-1-1-2', 'VILLAGE', u.A1);
  u.V3 = await grid.unit('X-2-1-1', 'VILLAGE', u.A2);
  u.V4 = await grid.unit('X-2-1-2', 'VILLAGE', u.A2);
  await member('m1', 'PEOPLES_MEDIATOR', ['family'], ['V1']);
  await member('m2', 'PEOPLES_MEDIATOR', ['family', 'land'], ['T2']);
  await member('m3', 'PEOPLES_MEDIATOR', ['land'], ['V1', 'V2']);
  const m4 = await member('m4', 'PEOPLES_MEDIATOR', ['family'], ['V2']);
  await stack.gql(
    'mutation($i: ChangeMediatorStatusInput!) { changeMediatorStatus(input: $i) { id } }',
    { i: { mediatorId: m4, status: 'SUSPENDED', reason: '请长假' } },
    staff,
  );
  await member('m5', 'PEOPLES_MEDIATOR', ['family'], ['V2'], {
    certifications: [{ name: '调解员证', expiresOn: '2026-02-28' }],
  });
  await member('m6', 'PEOPLES_MEDIATOR', ['labor'], []);
  await member('m7', 'OBSERVER', ['family'], ['V2']);
}, 120_000);
afterAll(() => stack?.stop());

const STATS =
  'query { poolStats(pool: PEOPLES_MEDIATOR) { pool active total withoutGridUnit bySpecialty { specialty count } byTownship { township { id name } count } } }';
const GAPS = 'query($i: CoverageGapsInput!) { coverageGaps(input: $i) { specialty unitsChecked gaps { id } } }';
const gaps = async (input: Record<string, unknown>, token = staff) => {
  const res = await stack.gql<{ coverageGaps: { unitsChecked: number; gaps: { id: string }[] } }>(
    GAPS,
    { i: input },
    token,
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return {
    checked: res.data.coverageGaps.unitsChecked,
    gaps: res.data.coverageGaps.gaps.map((g) => Object.keys(u).find((k) => u[k] === g.id)),
  };
};

describe('pool size and coverage gaps match the hand-computed fixture', () => {
  it('counts the pool by status, specialty and township', async () => {
    const res = await stack.gql<{ poolStats: unknown }>(STATS, {}, await stack.tokenFor(['AUDITOR']));
    expect(res.errors).toBeUndefined();
    expect(res.data!.poolStats).toEqual({
      pool: 'PEOPLES_MEDIATOR',
      active: 5,
      total: 6,
      withoutGridUnit: 1,
      bySpecialty: [
        { specialty: 'family', count: 3 },
        { specialty: 'land', count: 2 },
        { specialty: 'labor', count: 1 },
      ],
      byTownship: [
        { township: { id: u.T1, name: '单元X-1' }, count: 3 },
        { township: { id: u.T2, name: '单元X-2' }, count: 1 },
      ],
    });
  });

  it('a village is covered by an assignable member serving it or a unit above it', async () => {
    expect(await gaps({ specialty: 'family' })).toEqual({ checked: 4, gaps: ['V2'] });
    expect(await gaps({ specialty: 'land' })).toEqual({ checked: 4, gaps: [] });
    expect(await gaps({ specialty: 'labor' })).toEqual({ checked: 4, gaps: ['V1', 'V2', 'V3', 'V4'] });
  });

  it('checks townships, or only the units inside one unit', async () => {
    expect(await gaps({ specialty: 'family', level: 'TOWNSHIP' })).toEqual({ checked: 2, gaps: ['T1'] });
    expect(await gaps({ specialty: 'family', withinId: u.T2 })).toEqual({ checked: 2, gaps: [] });
    expect(await gaps({ specialty: 'family', pool: 'OBSERVER' })).toEqual({ checked: 4, gaps: ['V1', 'V3', 'V4'] });
  });

  it('a leader may read them; a handler may not', async () => {
    expect((await gaps({ specialty: 'family' }, await stack.tokenFor(['LEADER']))).checked).toBe(4);
    const handler = await stack.tokenFor(['HANDLER']);
    expect((await stack.gql(STATS, {}, handler)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await stack.gql(GAPS, { i: { specialty: 'family' } }, handler)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });
});
