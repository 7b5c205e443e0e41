import type { Role } from '@onedoor/db';
import { DAY_MS, HOUR_MS } from '@onedoor/db';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MONDAY_MORNING } from '../support/clock';
import { type Scenarios, startCaseScenarios } from './support';

let s: Scenarios;

beforeAll(async () => {
  s = await startCaseScenarios();
});
afterAll(() => s?.stack.stop());
beforeEach(() => s.clock.set(MONDAY_MORNING));

const at = (days: number) => new Date(MONDAY_MORNING.getTime() + days * DAY_MS);

interface BoardCase {
  id: string;
  warning: string;
  deadlineAt: string;
  clock: { daysLeft: number | null; overdue: boolean };
}
interface BoardRow {
  unit: { id: string } | null;
  yellow: number;
  red: number;
  cases: BoardCase[];
}
const BOARD = `query($unit: ID, $minimum: WarningColour, $order: DeadlineBoardOrder) {
  deadlineBoard(unitId: $unit, minimum: $minimum, orderBy: $order) {
    unit { id } yellow red cases { id warning deadlineAt clock { daysLeft overdue } }
  }
}`;
const board = async (variables: Record<string, unknown>) =>
  (await s.must<{ deadlineBoard: BoardRow[] }>(BOARD, variables, s.staff)).deadlineBoard;

const daysLeftOf = async (caseId: string) =>
  (
    await s.must<{ case: { clock: { daysLeft: number | null } } }>(
      'query($id: ID!) { case(id: $id) { clock { daysLeft } } }',
      { id: caseId },
      s.staff,
    )
  ).case.clock.daysLeft;

describe('days left and overdue on the deadline board (剩余/超期天数)', () => {
  it('counts the days left down to the deadline and the days overdue after it, as the test clock moves', async () => {
    const c = await s.accepted(); // due Wednesday 1 April, 09:00
    expect(await daysLeftOf(c.id)).toBe(30);
    s.clock.set(at(28));
    expect(await daysLeftOf(c.id)).toBe(2);
    s.clock.set(new Date(at(28).getTime() + HOUR_MS)); // 1 day 23 hours left: a part day counts whole
    expect(await daysLeftOf(c.id)).toBe(2);
    s.clock.set(new Date(at(30).getTime() + HOUR_MS)); // an hour late: the first day overdue
    expect(await daysLeftOf(c.id)).toBe(-1);
    s.clock.set(at(33));
    const late = await board({ unit: s.ids.humanResources, minimum: 'RED' });
    expect(late[0]!.cases).toContainEqual(
      expect.objectContaining({ id: c.id, warning: 'RED', clock: { daysLeft: -3, overdue: true } }),
    );
  });

  it('has no days left once the clock stops', async () => {
    const c = await s.accepted();
    const replied = await s.step('replyToCase', c.id, { text: '已协调支付工资。' });
    expect(replied.status).toBe('REPLIED');
    expect(await daysLeftOf(c.id)).toBeNull();
  });

  it('orders each unit’s cases by days left, most overdue first or most days left first, in SQL', async () => {
    const early = await s.accepted(); // due at(30)
    s.clock.set(at(2));
    const later = await s.accepted(); // due at(32)
    s.clock.set(at(31));
    const ids = (rows: BoardRow[]) =>
      rows.flatMap((r) => r.cases.map((c) => c.id)).filter((id) => id === early.id || id === later.id);
    const left = (rows: BoardRow[]) => rows[0]!.cases.map((c) => c.clock.daysLeft!);

    const ascending = await board({ unit: s.ids.humanResources, minimum: 'NONE' });
    expect(ids(ascending)).toEqual([early.id, later.id]);
    expect(left(ascending)).toEqual([...left(ascending)].sort((a, b) => a - b));

    const descending = await board({
      unit: s.ids.humanResources,
      minimum: 'NONE',
      order: { field: 'DAYS_LEFT', direction: 'DESC' },
    });
    expect(ids(descending)).toEqual([later.id, early.id]);
    expect(left(descending)).toEqual([...left(descending)].sort((a, b) => b - a));
    expect(left(descending).length).toBe(left(ascending).length);
  });

  it('ranks the units by their most overdue case, or by their red and yellow counts', async () => {
    await s.accepted();
    s.clock.set(at(31));
    const byDaysLeft = await board({ minimum: 'YELLOW', order: { field: 'DAYS_LEFT', direction: 'ASC' } });
    const firsts = byDaysLeft.map((r) => r.cases[0]!.clock.daysLeft!);
    expect(firsts.length).toBeGreaterThan(1);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));

    const byWarnings = await board({ minimum: 'YELLOW' });
    const reds = byWarnings.map((r) => r.red);
    expect(reds).toEqual([...reds].sort((a, b) => b - a));
    expect(new Set(byWarnings.map((r) => r.unit?.id))).toEqual(new Set(byDaysLeft.map((r) => r.unit?.id)));
  });
});

interface UrgedCase {
  id: string;
  version: number;
  status: string;
  deadlineAt: string;
  timeline: { kind: string; note: string | null; actor: { username: string } | null; unit: { id: string } | null }[];
}
const URGE = `mutation($i: UrgeCaseInput!) {
  urgeCase(input: $i) { id version status deadlineAt timeline { kind note actor { username } unit { id } } }
}`;
const urge = (input: Record<string, unknown>, token: string) =>
  s.stack.gql<{ urgeCase: UrgedCase }>(URGE, { i: input }, token);
const timelineOf = async (caseId: string) => (await s.read(caseId)).timeline.map((e) => e.kind);

describe('urging a case on (催办)', () => {
  it('records the note and who urged on the timeline, naming the unit urged, and moves no deadline', async () => {
    const c = await s.accepted();
    const res = await urge({ caseId: c.id, expectedVersion: c.version, note: '请于本周五前答复信访人。' }, s.staff);
    expect(res.errors).toBeUndefined();
    const urged = res.data!.urgeCase;
    expect(urged).toMatchObject({ status: c.status, deadlineAt: c.deadlineAt, version: c.version + 1 });
    expect(urged.timeline.at(-1)).toEqual({
      kind: 'URGED',
      note: '请于本周五前答复信访人。',
      actor: { username: 'staff' },
      unit: { id: s.ids.humanResources },
    });

    const again = await urge({ caseId: c.id, expectedVersion: urged.version, note: '再次催办' }, s.leader);
    expect(again.data!.urgeCase.timeline.filter((e) => e.kind === 'URGED').map((e) => e.actor?.username)).toEqual([
      'staff',
      'leader',
    ]);
  });

  it('urges a case the centre has not routed yet, with no unit named', async () => {
    const c = await s.register({ petitionerIds: [s.ids.persons[30]!] });
    const res = await urge({ caseId: c.id, expectedVersion: c.version, note: '尽快交办' }, s.admin);
    expect(res.errors).toBeUndefined();
    expect(res.data!.urgeCase.timeline.at(-1)).toMatchObject({
      kind: 'URGED',
      unit: null,
      actor: { username: 'admin' },
    });
  });

  it.each<Role>(['HANDLER', 'AUDITOR', 'MEDIATOR', 'PARTNER', 'FUND_OFFICER'])(
    'is refused to %s with FORBIDDEN, and nothing is written',
    async (role) => {
      const c = await s.accepted();
      const token = await s.stack.tokenFor([role], s.ids.humanResources);
      const res = await urge({ caseId: c.id, expectedVersion: c.version, note: '催办' }, token);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await timelineOf(c.id)).not.toContain('URGED');
    },
  );

  it('refuses a closed case with CONFLICT naming the case field and its status', async () => {
    const closed = await s.must<{ cases: { nodes: { id: string; version: number }[] } }>(
      '{ cases(first: 1, filter: { status: [CLOSED] }) { nodes { id version } } }',
      {},
      s.staff,
    );
    const target = closed.cases.nodes[0]!;
    const res = await urge({ caseId: target.id, expectedVersion: target.version, note: '催办' }, s.leader);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.caseId', status: 'CLOSED' });
    expect(res.errors?.[0]?.message).toMatch(/finished/);
    expect(await timelineOf(target.id)).not.toContain('URGED');
  });

  it('refuses an empty or overlong note with BAD_USER_INPUT naming input.note, before anything is written', async () => {
    const c = await s.accepted();
    for (const note of ['   ', 'x'.repeat(2001)]) {
      const res = await urge({ caseId: c.id, expectedVersion: c.version, note }, s.staff);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.note' });
    }
    expect((await s.read(c.id)).version).toBe(c.version);
  });

  it('refuses a stale version with CONFLICT', async () => {
    const c = await s.accepted();
    const res = await urge({ caseId: c.id, expectedVersion: c.version - 1, note: '催办' }, s.staff);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: c.version });
  });
});
