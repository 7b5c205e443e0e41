import { DAY_MS } from '@onedoor/db';
import { casesTable } from '@onedoor/db/cases';
import { seedCategories, type SeededCategories } from '@onedoor/gateway/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/stack';

/**
 * A fixed fixture written straight into the cases tables (statistics read nothing else), and figures
 * worked out by hand from it. Period: March 2026; place: grid units g1 and g2.
 */
const g = (n: number) => `00000000-0000-4000-a000-00000000000${n}`;
const o = (n: number) => `00000000-0000-4000-b000-00000000000${n}`;
const MARCH = { from: '2026-03-01T00:00:00Z', to: '2026-03-31T00:00:00Z' };

let stack: TestStack;
let categories: SeededCategories;
let reader: string;

type Row = typeof casesTable.$inferInsert;
function fixture(n: number, over: Partial<Row>): Row {
  const receivedAt = over.receivedAt ?? new Date('2026-03-10T02:00:00Z');
  return {
    number: `2026-9000${n}`,
    trackingCode: `FIXTURE000${n}`,
    channel: 'VISIT',
    categoryId: categories.subCategories[0]!.id,
    title: `fixture ${n}`,
    description: 'fixture',
    gridUnitId: g(1),
    status: 'REGISTERED',
    receivedAt,
    deadlineAt: new Date(receivedAt.getTime() + 30 * DAY_MS),
    ...over,
  };
}

beforeAll(async () => {
  stack = await startTestStack({ seed: false });
  categories = await seedCategories(stack.db);
  reader = await stack.tokenFor(['LEADER']);
  const [x1, x2] = categories.subCategories; // both under the first top-level category
  const y1 = categories.subCategories.find((c) => c.code.startsWith('C02'))!;
  const replied = (at: string) => new Date(at);
  await stack.db.insert(casesTable).values([
    // A: first-time visit, closed resolved, satisfied, replied on time.
    fixture(1, {
      categoryId: x1!.id,
      responsibleOrganisationId: o(1),
      status: 'CLOSED',
      outcome: 'RESOLVED',
      satisfaction: 'SATISFIED',
      repliedAt: replied('2026-03-20T00:00:00Z'),
    }),
    // B: repeat phone call, closed explained, basically satisfied, replied late.
    fixture(2, {
      channel: 'PHONE',
      categoryId: x1!.id,
      responsibleOrganisationId: o(1),
      repeat: true,
      status: 'CLOSED',
      outcome: 'EXPLAINED_AND_ACCEPTED',
      satisfaction: 'BASICALLY_SATISFIED',
      repliedAt: replied('2026-04-30T00:00:00Z'),
    }),
    // C: group, cross-level visit in g2, replied on time, unsatisfied.
    fixture(3, {
      categoryId: x2!.id,
      gridUnitId: g(2),
      responsibleOrganisationId: o(2),
      groupPetition: true,
      crossLevel: true,
      status: 'FOLLOWED_UP',
      satisfaction: 'UNSATISFIED',
      repliedAt: replied('2026-03-15T00:00:00Z'),
    }),
    // D: online, another category, in handling.
    fixture(4, {
      channel: 'ONLINE',
      categoryId: y1.id,
      gridUnitId: g(2),
      responsibleOrganisationId: o(2),
      status: 'IN_HANDLING',
    }),
    // E: outside the place (g3).
    fixture(5, { categoryId: y1.id, gridUnitId: g(3), responsibleOrganisationId: o(1), status: 'REGISTERED' }),
    // F: the previous period (February).
    fixture(6, { categoryId: x1!.id, receivedAt: new Date('2026-02-10T02:00:00Z') }),
    // G: the same period a year earlier.
    fixture(7, { categoryId: x1!.id, receivedAt: new Date('2025-03-10T02:00:00Z') }),
  ]);
});
afterAll(() => stack?.stop());

const STATS = `query($f: CaseStatisticsFilter!) { caseStatistics(filter: $f) {
  total firstTime repeat group crossLevel lawRelated closed resolutionRate satisfactionRate onTimeRate
  previousPeriodTotal periodChange lastYearTotal yearOnYearChange
  byChannel { key count } byCategory { key count } byPlace { key count }
  byUnit { unit { id } count closed satisfactionRate } hotSpots { category { id } current previous } } }`;

describe('statistics over a period and a place (统计分析)', () => {
  it('match the hand-computed figures of the fixture', async () => {
    const res = await stack.gql<{
      caseStatistics: Record<string, unknown> & {
        hotSpots: { category: { id: string }; current: number; previous: number }[];
      };
    }>(STATS, { f: { ...MARCH, gridUnitIds: [g(1), g(2)] } }, reader);
    expect(res.errors).toBeUndefined();
    const s = res.data!.caseStatistics;
    const [x1, x2] = categories.subCategories;
    const y1 = categories.subCategories.find((c) => c.code.startsWith('C02'))!;
    expect(s).toMatchObject({
      total: 4,
      firstTime: 3,
      repeat: 1,
      group: 1,
      crossLevel: 1,
      lawRelated: 0,
      closed: 2,
      resolutionRate: 1,
      satisfactionRate: 2 / 3,
      onTimeRate: 2 / 3,
      previousPeriodTotal: 1,
      periodChange: 3,
      lastYearTotal: 1,
      yearOnYearChange: 3,
    });
    expect(s.byChannel).toEqual([
      { key: 'VISIT', count: 2 },
      { key: 'ONLINE', count: 1 },
      { key: 'PHONE', count: 1 },
    ]);
    expect(s.byPlace).toEqual([
      { key: g(1), count: 2 },
      { key: g(2), count: 2 },
    ]);
    expect(s.byUnit).toEqual([
      { unit: { id: o(1) }, count: 2, closed: 2, satisfactionRate: 1 },
      { unit: { id: o(2) }, count: 2, closed: 0, satisfactionRate: 0 },
    ]);
    expect(s.byCategory).toEqual([
      { key: categories.topLevel[0]!.id, count: 3 },
      { key: categories.topLevel[1]!.id, count: 1 },
    ]);
    expect(new Set(s.hotSpots.map((h) => `${h.category.id}:${h.current}:${h.previous}`))).toEqual(
      new Set([`${x1!.id}:2:1`, `${x2!.id}:1:0`, `${y1.id}:1:0`]),
    );
  });

  it('cover everywhere without a place, and one unit when asked', async () => {
    const all = await stack.gql<{ caseStatistics: { total: number } }>(
      `query($f: CaseStatisticsFilter!) { caseStatistics(filter: $f) { total } }`,
      { f: MARCH },
      reader,
    );
    expect(all.data!.caseStatistics.total).toBe(5);
    const unit = await stack.gql<{ caseStatistics: { total: number } }>(
      `query($f: CaseStatisticsFilter!) { caseStatistics(filter: $f) { total } }`,
      { f: { ...MARCH, unitId: o(1) } },
      reader,
    );
    expect(unit.data!.caseStatistics.total).toBe(3);
  });

  it('are refused to a role that does not read statistics', async () => {
    const mediator = await stack.tokenFor(['MEDIATOR']);
    const res = await stack.gql(
      `query($f: CaseStatisticsFilter!) { caseStatistics(filter: $f) { total } }`,
      { f: MARCH },
      mediator,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
