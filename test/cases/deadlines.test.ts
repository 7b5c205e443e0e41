import { DAY_MS } from '@onedoor/db';
import { casesTable } from '@onedoor/db/cases';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MONDAY_MORNING } from '../support/clock';
import { type Scenarios, startCaseScenarios } from './support';

let s: Scenarios;

beforeAll(async () => {
  s = await startCaseScenarios();
});
afterAll(() => s?.stack.stop());
beforeEach(() => s.clock.set(MONDAY_MORNING));

const at = (days: number) => new Date(MONDAY_MORNING.getTime() + days * DAY_MS).toISOString();
const BOARD = `query($unit: ID) { deadlineBoard(unitId: $unit) { unit { id } yellow red cases { id warning } } }`;

async function holiday(date: string, name = '测试假日') {
  const res = await s.stack.gql(
    'mutation($i: CalendarDayInput!) { setCalendarDay(input: $i) { date kind } }',
    { i: { date, kind: 'HOLIDAY', name } },
    s.admin,
  );
  expect(res.errors).toBeUndefined();
}
async function removeHoliday(date: string) {
  const res = await s.stack.gql('mutation($d: Date!) { removeCalendarDay(date: $d) }', { d: date }, s.admin);
  expect(res.errors).toBeUndefined();
}

describe('deadline warnings as the injected clock moves (时限预警)', () => {
  it('turns blue, yellow and red, shows on the board, and an approved extension and a holiday move the deadline', async () => {
    const c = await s.accepted();
    expect(c.deadlineAt).toBe(at(30)); // first-time case: 30 days from acceptance (Wed 1 April)

    const colour = async () => (await s.read(c.id)).warning;
    s.clock.set(new Date(at(22)));
    expect(await colour()).toBe('NONE');
    s.clock.set(new Date(at(24)));
    expect(await colour()).toBe('BLUE');
    s.clock.set(new Date(at(28)));
    expect(await colour()).toBe('YELLOW');
    const yellowBoard = await s.must<{
      deadlineBoard: { unit: { id: string } | null; yellow: number; cases: { id: string; warning: string }[] }[];
    }>(BOARD, { unit: s.ids.humanResources }, s.staff);
    expect(yellowBoard.deadlineBoard).toHaveLength(1);
    expect(yellowBoard.deadlineBoard[0]!.cases).toContainEqual({ id: c.id, warning: 'YELLOW' });

    s.clock.set(new Date(at(31)));
    const late = await s.read(c.id);
    expect(late).toMatchObject({ warning: 'RED', clock: { overdue: true } });
    const redBoard = await s.must<{ deadlineBoard: { red: number; cases: { id: string; warning: string }[] }[] }>(
      BOARD,
      { unit: s.ids.humanResources },
      s.staff,
    );
    expect(redBoard.deadlineBoard[0]!.red).toBeGreaterThanOrEqual(1);
    expect(redBoard.deadlineBoard[0]!.cases).toContainEqual({ id: c.id, warning: 'RED' });

    // One extension of 10 days: 11 April is a Saturday, so the period ends on Monday 13 April.
    const extended = await s.step('extendDeadline', c.id, { days: 10, reason: '涉及多部门，需补充调查' }, s.leader);
    expect(extended).toMatchObject({ deadlineAt: at(42), warning: 'NONE', clock: { addedDays: 10 } });
    expect(extended.timeline.at(-1)).toMatchObject({ kind: 'EXTENDED', days: 10 });

    // A holiday added on the last day moves it on, for the derived clock and the stored projection alike.
    await holiday('2026-04-13');
    expect((await s.read(c.id)).deadlineAt).toBe(at(43));
    const [row] = await s.stack.db.select({ d: casesTable.deadlineAt }).from(casesTable).where(eq(casesTable.id, c.id));
    expect(row!.d.toISOString()).toBe(at(43));
    await removeHoliday('2026-04-13');
    expect((await s.read(c.id)).deadlineAt).toBe(at(42));
  });

  it('gives a repeat case the statutory 60 days instead of the local 30', async () => {
    const first = await s.register({ petitionerIds: [s.ids.persons[5]!] });
    const again = await s.register({ petitionerIds: [s.ids.persons[5]!] });
    expect(again.repeat).toBe(true);
    expect(first.repeat).toBe(false);
    await s.step('routeCase', again.id, { leadUnitId: s.ids.humanResources, reason: '重复信访，专班办理' });
    const accepted = await s.step('acceptCase', again.id);
    expect(
      new Date(accepted.deadlineAt).getTime() - new Date(accepted.clock.startedAt).getTime(),
    ).toBeGreaterThanOrEqual(60 * DAY_MS);
  });

  it('lets admins change the limits and thresholds, and refuses them to others', async () => {
    const c = await s.accepted();
    const changed = await s.stack.gql<{ updateCaseRules: { firstTimeDays: number; yellowDays: number } }>(
      'mutation($i: CaseRulesInput!) { updateCaseRules(input: $i) { firstTimeDays yellowDays } }',
      { i: { firstTimeDays: 20 } },
      s.admin,
    );
    expect(changed.data!.updateCaseRules).toEqual({ firstTimeDays: 20, yellowDays: 3 });
    expect((await s.read(c.id)).deadlineAt).toBe(at(21)); // 20 days lands on Sunday 22 March → Monday 23 March
    const refused = await s.stack.gql(
      'mutation($i: CaseRulesInput!) { updateCaseRules(input: $i) { firstTimeDays } }',
      { i: { firstTimeDays: 25 } },
      s.staff,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await s.stack.gql(
      'mutation($i: CaseRulesInput!) { updateCaseRules(input: $i) { firstTimeDays } }',
      { i: { firstTimeDays: 30 } },
      s.admin,
    );
    expect((await s.read(c.id)).deadlineAt).toBe(at(30));
  });
});

describe('mis-routing objections (Art. 23: 5 working days, counted per unit)', () => {
  const objection = (caseId: string, token: string) =>
    s.act('objectToRouting', caseId, { unitId: s.ids.humanResources, reason: '不属于本单位职责' }, token);

  it('accepts an objection inside the window and sends the case back to the centre', async () => {
    const handler = await s.stack.tokenFor(['HANDLER'], s.ids.humanResources);
    const c = await s.register();
    await s.step('routeCase', c.id, { leadUnitId: s.ids.humanResources, reason: '初步判断' });
    s.clock.set(new Date(at(4))); // Friday, the 4th working day
    const res = await objection(c.id, handler);
    expect(res.errors).toBeUndefined();
    expect(res.data!.objectToRouting).toMatchObject({ status: 'REGISTERED', responsibleUnit: null });
    const counts = await s.must<{ misroutingObjections: { unit: { id: string }; count: number }[] }>(
      'query($f: DateTime!, $t: DateTime!) { misroutingObjections(from: $f, to: $t) { unit { id } count } }',
      { f: at(0), t: at(7) },
      s.leader,
    );
    expect(counts.misroutingObjections).toContainEqual({ unit: { id: s.ids.humanResources }, count: 1 });
  });

  it('refuses an objection after the 5th working day with CONFLICT', async () => {
    const handler = await s.stack.tokenFor(['HANDLER'], s.ids.humanResources);
    const c = await s.register();
    await s.step('routeCase', c.id, { leadUnitId: s.ids.humanResources, reason: '初步判断' });
    s.clock.set(new Date(at(8))); // Tuesday of the next week: the 6th working day
    const res = await objection(c.id, handler);
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await s.read(c.id)).status).toBe('ROUTED');
  });

  it('counts working days on the holiday calendar: a holiday inside the window lengthens it', async () => {
    const handler = await s.stack.tokenFor(['HANDLER'], s.ids.humanResources);
    await holiday('2026-03-05');
    const c = await s.register();
    const routed = await s.step('routeCase', c.id, { leadUnitId: s.ids.humanResources, reason: '初步判断' });
    expect(routed.clock.objectionWindowEndsAt).toBe('2026-03-10T15:59:59.999Z');
    s.clock.set(new Date(at(8)));
    expect((await objection(c.id, handler)).errors).toBeUndefined();
    await removeHoliday('2026-03-05');
  });

  it('takes a co-unit off a split routing when it objects, leaving the lead unit on the case', async () => {
    const coUnit = await s.stack.tokenFor(['HANDLER'], s.ids.housing);
    const c = await s.register();
    await s.step('routeCase', c.id, {
      leadUnitId: s.ids.humanResources,
      otherUnitIds: [s.ids.housing],
      reason: '人社牵头、住建配合',
    });
    const res = await s.act('objectToRouting', c.id, { unitId: s.ids.housing, reason: '不涉及住建职责' }, coUnit);
    expect(res.errors).toBeUndefined();
    expect(res.data!.objectToRouting).toMatchObject({
      status: 'ROUTED',
      responsibleUnit: { id: s.ids.humanResources },
      clock: { stage: 'ACCEPTANCE' },
    });
    const units = await s.must<{ case: { units: { unit: { id: string } }[] } }>(
      'query($id: ID!) { case(id: $id) { units { unit { id } } } }',
      { id: c.id },
      s.staff,
    );
    expect(units.case.units).toEqual([{ unit: { id: s.ids.humanResources } }]);
  });

  it('lets a handler object only for their own unit', async () => {
    const other = await s.stack.tokenFor(['HANDLER'], s.ids.housing);
    const c = await s.register();
    await s.step('routeCase', c.id, { leadUnitId: s.ids.humanResources, reason: '初步判断' });
    const res = await objection(c.id, other);
    expect(res.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
  });
});
