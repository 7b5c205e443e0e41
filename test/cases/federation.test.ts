import { DAY_MS } from '@onedoor/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MONDAY_MORNING } from '../support/clock';
import { type Scenarios, startCaseScenarios } from './support';

let s: Scenarios;

beforeAll(async () => {
  s = await startCaseScenarios();
});
afterAll(() => s?.stack.stop());

async function scalar(query: ReturnType<typeof sql>): Promise<number> {
  const result = await s.stack.db.execute(query);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { n: number }[];
  return Number(rows[0]!.n);
}

describe('fields the cases subgraph adds to other entities, batched', () => {
  it("Person.cases: each person's cases and their total, one cases statement for the whole page", async () => {
    s.stack.counter.reset();
    const res = await s.must<{
      persons: { nodes: { id: string; cases: { totalCount: number; nodes: { id: string }[] } }[] };
    }>('{ persons(first: 30) { nodes { id cases(first: 2) { totalCount nodes { id } } } } }', {}, s.staff);
    expect(s.stack.counter.touching('cases')).toHaveLength(1);
    for (const p of res.persons.nodes.slice(0, 10)) {
      const n = await scalar(sql`select count(*)::int as n from cases.case_petitioners where person_id = ${p.id}`);
      expect(p.cases.totalCount).toBe(n);
      expect(p.cases.nodes.length).toBe(Math.min(2, n));
    }
  });

  it('Organisation.openCases: only open cases, batched', async () => {
    s.stack.counter.reset();
    const res = await s.must<{
      organisations: { nodes: { id: string; openCases: { totalCount: number; nodes: { status: string }[] } }[] };
    }>(
      '{ organisations(first: 50) { nodes { id openCases(first: 3) { totalCount nodes { status } } } } }',
      {},
      s.staff,
    );
    expect(s.stack.counter.touching('cases')).toHaveLength(1);
    const busiest = res.organisations.nodes.reduce((a, b) => (b.openCases.totalCount > a.openCases.totalCount ? b : a));
    expect(busiest.openCases.totalCount).toBe(
      await scalar(sql`select count(*)::int as n from cases.cases
      where responsible_organisation_id = ${busiest.id} and status not in ('CLOSED', 'NOT_ACCEPTED', 'HANDED_OVER')`),
    );
    expect(busiest.openCases.nodes.every((c) => !['CLOSED', 'NOT_ACCEPTED', 'HANDED_OVER'].includes(c.status))).toBe(
      true,
    );
  });

  it('Mediator.activeCases and workload agree, batched', async () => {
    s.stack.counter.reset();
    const res = await s.must<{ mediators: { nodes: { workload: number; activeCases: { totalCount: number } }[] } }>(
      '{ mediators(first: 100) { nodes { workload activeCases(first: 1) { totalCount } } } }',
      {},
      s.staff,
    );
    expect(s.stack.counter.touching('cases')).toHaveLength(2);
    expect(res.mediators.nodes.some((m) => m.workload > 0)).toBe(true);
    for (const m of res.mediators.nodes) expect(m.activeCases.totalCount).toBe(m.workload);
  });

  it("GridUnit.caseStats counts a township's whole subtree, asking grid for the subtree", async () => {
    const from = new Date(MONDAY_MORNING.getTime() - 200 * DAY_MS).toISOString();
    const res = await s.must<{ gridUnits: { nodes: { id: string; caseStats: { total: number; open: number } }[] } }>(
      `query($f: DateTime) { gridUnits(first: 3, filter: { level: TOWNSHIP }) { nodes { id caseStats(from: $f) { total open } } } }`,
      { f: from },
      s.staff,
    );
    for (const t of res.gridUnits.nodes) {
      // The test may read grid's tables to check the answer; the subgraph never does.
      const expected =
        await scalar(sql`select count(*)::int as n from cases.cases c join grid.grid_units g on g.id = c.grid_unit_id
        where g.path like (select path from grid.grid_units where id = ${t.id}) || '%' and c.received_at >= ${from}::timestamptz`);
      expect(t.caseStats.total).toBe(expected);
    }
    expect(res.gridUnits.nodes.some((t) => t.caseStats.total > 0)).toBe(true);
    const township = res.gridUnits.nodes[0]!;
    const stats = await s.must<{ caseStatistics: { total: number } }>(
      'query($f: CaseStatisticsFilter!) { caseStatistics(filter: $f) { total } }',
      { f: { from, to: MONDAY_MORNING.toISOString(), gridUnitId: township.id } },
      s.leader,
    );
    expect(stats.caseStatistics.total).toBe(township.caseStats.total);
  });
});

describe("a township's cases in the list", () => {
  it("withinGridUnitId lists every case of the township's subtree, and gridUnitId only the unit itself", async () => {
    const towns = await s.must<{ gridUnits: { nodes: { id: string; caseStats: { total: number } }[] } }>(
      '{ gridUnits(first: 5, filter: { level: TOWNSHIP }) { nodes { id caseStats(from: "2000-01-01T00:00:00Z") { total } } } }',
      {},
      s.staff,
    );
    const township = towns.gridUnits.nodes.find((t) => t.caseStats.total > 0)!;
    const within = await s.must<{ cases: { totalCount: number } }>(
      'query($u: ID!) { cases(filter: { withinGridUnitId: $u }) { totalCount } }',
      { u: township.id },
      s.staff,
    );
    const exact = await s.must<{ cases: { totalCount: number } }>(
      'query($u: ID!) { cases(filter: { gridUnitId: $u }) { totalCount } }',
      { u: township.id },
      s.staff,
    );
    expect(within.cases.totalCount).toBe(township.caseStats.total);
    expect(exact.cases.totalCount).toBeLessThan(within.cases.totalCount);
  });
});

describe('statistics by township', () => {
  it('count every case once under the township it arose in', async () => {
    const f = {
      from: new Date(MONDAY_MORNING.getTime() - 200 * DAY_MS).toISOString(),
      to: MONDAY_MORNING.toISOString(),
    };
    const res = await s.must<{ caseStatistics: { total: number; byTownship: { key: string; count: number }[] } }>(
      'query($f: CaseStatisticsFilter!) { caseStatistics(filter: $f) { total byTownship { key count } } }',
      { f },
      s.leader,
    );
    expect(res.caseStatistics.byTownship.length).toBeGreaterThan(5);
    expect(res.caseStatistics.byTownship.reduce((sum, t) => sum + t.count, 0)).toBe(res.caseStatistics.total);
  });
});

describe('who sees what', () => {
  it('a mediator sees only the cases they work', async () => {
    const mediator = await s.stack.login('mediator');
    const me = await s.must<{ me: { person: { poolMemberships: { id: string }[] } } }>(
      '{ me { person { poolMemberships { id } } } }',
      {},
      mediator,
    );
    const mine = new Set(me.me.person.poolMemberships.map((m) => m.id));
    const res = await s.must<{ cases: { totalCount: number; nodes: { mediator: { id: string } | null }[] } }>(
      '{ cases(first: 200) { totalCount nodes { mediator { id } } } }',
      {},
      mediator,
    );
    expect(res.cases.totalCount).toBeGreaterThan(0);
    expect(res.cases.nodes.every((c) => c.mediator && mine.has(c.mediator.id))).toBe(true);
  });

  it("a handler sees only its own organisation's cases on the deadline board, and a mediator may not read it", async () => {
    const handler = await s.stack.tokenFor(['HANDLER'], s.ids.humanResources);
    const board = await s.must<{ deadlineBoard: { cases: { id: string }[] }[] }>(
      '{ deadlineBoard(minimum: NONE) { cases { id } } }',
      {},
      handler,
    );
    const onBoard = board.deadlineBoard.flatMap((r) => r.cases.map((c) => c.id));
    const visible = await s.must<{ cases: { nodes: { id: string }[] } }>(
      '{ cases(first: 200) { nodes { id } } }',
      {},
      handler,
    );
    expect(onBoard.length).toBeGreaterThan(0);
    expect(onBoard.every((id) => visible.cases.nodes.some((n) => n.id === id))).toBe(true);
    const mediator = await s.stack.tokenFor(['MEDIATOR']);
    const refused = await s.stack.gql('{ deadlineBoard { red } }', {}, mediator);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('public tracking (trackCase)', () => {
  const TRACK = `query($c: String!, $p: String!) { trackCase(trackingCode: $c, phoneLast4: $p) {
    number status stage deadlineAt overdue replies { text } responsibleUnit { id } } }`;

  it('shows stage, deadline, overdue state and the public replies, and nothing for a wrong code or phone', async () => {
    const c = await s.register({ petitionerIds: [s.ids.persons[3]!] });
    await s.step('routeCase', c.id, { leadUnitId: s.ids.humanResources, reason: '职责' });
    await s.step('acceptCase', c.id);
    await s.step('recordHandlingStep', c.id, { step: 'INVESTIGATED', note: '内部核查记录，不公开' });
    await s.step('replyToCase', c.id, { text: '您反映的问题已转企业整改。' });
    const code = await s.must<{ case: { trackingCode: string } }>(
      'query($id: ID!) { case(id: $id) { trackingCode } }',
      { id: c.id },
      s.staff,
    );
    const res = await s.stack.gql<{ trackCase: Record<string, unknown> }>(TRACK, {
      c: code.case.trackingCode,
      p: '5678',
    });
    expect(res.data!.trackCase).toMatchObject({
      number: c.number,
      status: 'REPLIED',
      stage: 'HANDLING',
      overdue: false,
      replies: [{ text: '您反映的问题已转企业整改。' }],
      responsibleUnit: { id: s.ids.humanResources },
    });
    const wrongCode = await s.stack.gql(TRACK, { c: 'ZZZZZZZZZZ', p: '5678' });
    const wrongPhone = await s.stack.gql(TRACK, { c: code.case.trackingCode, p: '0000' });
    expect(wrongCode).toEqual({ data: { trackCase: null } });
    expect(wrongPhone).toEqual(wrongCode);
  });

  it('stops answering a code after too many wrong phones, with the same empty answer', async () => {
    const c = await s.register({ petitionerIds: [s.ids.persons[4]!] });
    const code = await s.must<{ case: { trackingCode: string } }>(
      'query($id: ID!) { case(id: $id) { trackingCode } }',
      { id: c.id },
      s.staff,
    );
    for (let i = 0; i < 10; i += 1) await s.stack.gql(TRACK, { c: code.case.trackingCode, p: String(1000 + i) });
    const right = await s.stack.gql(TRACK, { c: code.case.trackingCode, p: '5678' });
    expect(right).toEqual({ data: { trackCase: null } });
  });
});
