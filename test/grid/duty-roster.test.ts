import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onlyError } from '../support/client';
import { TestClock } from '../support/clock';
import { type GraphQLResponse, startTestStack, type TestStack } from '../support/stack';
import { countRows, ok, refusedUnchanged, somePersons } from './helpers';

let stack: TestStack;
let staff: string;
let leader: string;
let p: { id: string; name: string }[];
const clock = new TestClock(new Date('2026-11-20T02:00:00Z'));

interface Shift {
  id: string;
  kind: string;
  person: { id: string };
  startsAt: string;
  endsAt: string;
  version: number;
}
const SHIFT = 'id kind person { id } startsAt endsAt version';
/** Shanghai wall-clock time to a UTC moment. */
const cst = (local: string) => new Date(`${local}+08:00`).toISOString();

const GENERATE = `mutation($i: GenerateDutyMonthInput!) { generateDutyMonth(input: $i) { ${SHIFT} } }`;
const CHECK = `query($f: DateTime!, $t: DateTime!) { dutyRosterCheck(from: $f, to: $t) {
  shifts { id } conflicts { kind person { id } shifts { id } } gaps { startsAt endsAt } } }`;
const ON_DUTY = `query($at: DateTime!) { onDuty(at: $at) { kind person { id } } }`;
const UPDATE = `mutation($i: UpdateDutyShiftInput!) { updateDutyShift(input: $i) { ${SHIFT} } }`;

let december: Shift[];
const rule = () => ({
  month: '2026-12',
  workHours: [p[0]!.id, p[1]!.id, p[2]!.id],
  noon: [p[3]!.id, p[4]!.id],
  night: [p[5]!.id, p[6]!.id, p[7]!.id],
  weekendDay: [p[8]!.id, p[9]!.id],
  weekendLeaders: [p[10]!.id, p[11]!.id],
});
const find = (kind: string, startsAtLocal: string) =>
  december.find((s) => s.kind === kind && s.startsAt === cst(startsAtLocal))!;
/** A roster change refused with CONFLICT, its message naming each of `mentions`; the error. */
async function conflictNaming(response: Promise<GraphQLResponse>, ...mentions: string[]) {
  const err = onlyError(await response);
  expect(err.code).toBe('CONFLICT');
  for (const mention of mentions) expect(err.message).toContain(mention);
  return err;
}
/** Centre staff change a shift as they read it (its id and version). */
const update = (shift: Shift, change: Record<string, unknown>) =>
  stack.gql<{ updateDutyShift: Shift }>(UPDATE, { i: { id: shift.id, version: shift.version, ...change } }, staff);

beforeAll(async () => {
  stack = await startTestStack({ clock, now: clock.now() });
  staff = await stack.login('staff');
  leader = await stack.login('leader');
  p = await somePersons(stack, staff, 12);
  december = ok(await stack.gql<{ generateDutyMonth: Shift[] }>(GENERATE, { i: rule() }, staff)).generateDutyMonth;
});
afterAll(() => stack?.stop());

describe('a month generated from a rotation rule', () => {
  it('generated alone, covers every hour of December from 00:00 on the 1st to 1 January 08:30, without conflict', async () => {
    // 23 working days × 4 shifts + 8 weekend days × 2 + 4 weekend leaders, and the night before the 1st
    // (00:00–08:30), which nobody covers while November has no roster.
    expect(december).toHaveLength(23 * 4 + 8 * 2 + 4 + 1);
    expect(december.find((s) => s.startsAt === cst('2026-12-01T00:00:00'))).toMatchObject({
      kind: 'NIGHT',
      endsAt: cst('2026-12-01T08:30:00'),
    });
    const check = ok(
      await stack.gql<{ dutyRosterCheck: { shifts: unknown[]; conflicts: unknown[]; gaps: unknown[] } }>(
        CHECK,
        { f: cst('2026-12-01T00:00:00'), t: cst('2027-01-01T08:30:00') },
        staff,
      ),
    ).dutyRosterCheck;
    expect(check.conflicts).toEqual([]);
    expect(check.gaps).toEqual([]);
    expect(check.shifts).toHaveLength(december.length);
  });

  it('rotates each list in order: nights (the first one before the 1st) go p5, p6, p7, p5 …; both work-hours halves of a day go to one officer', () => {
    const nights = december
      .filter((s) => s.kind === 'NIGHT')
      .slice(0, 4)
      .map((s) => s.person.id);
    expect(nights).toEqual([p[5]!.id, p[6]!.id, p[7]!.id, p[5]!.id]);
    const tuesday = december.filter((s) => s.kind === 'WORK_HOURS' && s.startsAt.startsWith('2026-12-01'));
    expect(tuesday.map((s) => s.person.id)).toEqual([p[0]!.id, p[0]!.id]);
  });

  it('a month that already has shifts is not generated again unless asked to replace it', async () => {
    expect(onlyError(await stack.gql(GENERATE, { i: rule() }, staff)).code).toBe('CONFLICT');
  });
});

describe('who is on duty', () => {
  it('answers for a weekday noon, a night and a weekend (leader and day officer)', async () => {
    const at = async (local: string) =>
      ok(await stack.gql<{ onDuty: { kind: string; person: { id: string } }[] }>(ON_DUTY, { at: cst(local) }, staff))
        .onDuty.map((s) => [s.kind, s.person.id])
        .sort();
    // Wednesday 2 December: the second noon officer; the night of Tuesday 1 December runs to 08:30 Wednesday.
    expect(await at('2026-12-02T12:30:00')).toEqual([['NOON', p[4]!.id]]);
    expect(await at('2026-12-01T03:00:00')).toEqual([['NIGHT', p[5]!.id]]);
    expect(await at('2026-12-02T03:00:00')).toEqual([['NIGHT', p[6]!.id]]);
    expect(await at('2026-12-02T23:00:00')).toEqual([['NIGHT', p[7]!.id]]);
    expect(await at('2026-12-05T10:00:00')).toEqual(
      [
        ['WEEKEND_DAY', p[8]!.id],
        ['WEEKEND_LEADER', p[10]!.id],
      ].sort(),
    );
    expect(await at('2026-12-13T10:00:00')).toEqual(
      [
        ['WEEKEND_DAY', p[9]!.id],
        ['WEEKEND_LEADER', p[11]!.id],
      ].sort(),
    );
  });

  it('onDutyNow uses the centre clock', async () => {
    clock.set(new Date(cst('2026-12-02T12:30:00')));
    const now = ok(await stack.gql<{ onDutyNow: { kind: string }[] }>('{ onDutyNow { kind } }', {}, staff));
    clock.set(new Date('2026-11-20T02:00:00Z'));
    expect(now.onDutyNow).toEqual([{ kind: 'NOON' }]);
  });
});

describe('editing the roster', () => {
  it('refuses a change that double-books a person, naming both shifts, and changes nothing', async () => {
    const day = find('WEEKEND_DAY', '2026-12-05T08:30:00');
    const lead = find('WEEKEND_LEADER', '2026-12-05T08:30:00');
    const err = await conflictNaming(update(day, { personId: lead.person.id }), 'DOUBLE_BOOKED', day.id, lead.id);
    expect(err.extensions.shiftIds).toEqual(expect.arrayContaining([day.id, lead.id]));
    const after = ok(
      await stack.gql<{ onDuty: { person: { id: string } }[] }>(ON_DUTY, { at: cst('2026-12-05T10:00:00') }, staff),
    );
    expect(after.onDuty.map((s) => s.person.id)).toContain(p[8]!.id);
  });

  it('refuses a change that leaves an hour without cover, naming the gap', async () => {
    const night = find('NIGHT', '2026-12-07T17:30:00');
    const err = await conflictNaming(update(night, { endsAt: cst('2026-12-08T07:30:00') }), night.id);
    expect(err.extensions.gaps).toEqual([{ startsAt: cst('2026-12-08T07:30:00'), endsAt: cst('2026-12-08T08:30:00') }]);
  });

  it('refuses too little rest after a night and removing a shift nobody else covers', async () => {
    const night = find('NIGHT', '2026-12-08T17:30:00');
    const noon = find('NOON', '2026-12-09T12:00:00');
    await conflictNaming(update(noon, { personId: night.person.id }), 'TOO_LITTLE_REST');
    const REMOVE = 'mutation($i: RemoveDutyShiftInput!) { removeDutyShift(input: $i) { id } }';
    await conflictNaming(stack.gql(REMOVE, { i: { id: noon.id, version: noon.version } }, staff));
  });

  it('accepts a change that keeps the roster whole, and the shift carries its new version', async () => {
    const noon = find('NOON', '2026-12-10T12:00:00');
    const other = noon.person.id === p[3]!.id ? p[4]! : p[3]!;
    const changed = ok(await update(noon, { personId: other.id })).updateDutyShift;
    expect(changed).toMatchObject({ person: { id: other.id }, version: noon.version + 1 });
    await conflictNaming(update(noon, { personId: noon.person.id }));
  });

  it('a shift ending before it starts is bad input on input.endsAt and writes nothing', async () => {
    const err = await refusedUnchanged(
      () => countRows(stack, 'grid.duty_shifts'),
      () =>
        stack.gql(
          `mutation($i: AddDutyShiftInput!) { addDutyShift(input: $i) { id } }`,
          {
            i: {
              kind: 'NOON',
              personId: p[0]!.id,
              startsAt: cst('2026-12-20T14:00:00'),
              endsAt: cst('2026-12-20T12:00:00'),
            },
          },
          staff,
        ),
    );
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endsAt' });
  });

  it('a leader approves a swap of two shifts; the swap records who approved it', async () => {
    const a = find('WORK_HOURS', '2026-12-15T08:30:00');
    const b = find('WORK_HOURS', '2026-12-16T08:30:00');
    const res = ok(
      await stack.gql<{
        swapDutyShifts: {
          firstPerson: { id: string };
          secondShift: { person: { id: string } };
          approvedBy: { id: string };
        };
      }>(
        `mutation($i: SwapDutyShiftsInput!) { swapDutyShifts(input: $i) { firstPerson { id } secondShift { person { id } } approvedBy { id } } }`,
        { i: { firstShiftId: a.id, secondShiftId: b.id, reason: '家中有事' } },
        leader,
      ),
    );
    expect(res.swapDutyShifts.firstPerson.id).toBe(a.person.id);
    expect(res.swapDutyShifts.secondShift.person.id).toBe(a.person.id);
    const me = ok(await stack.gql<{ me: { id: string } }>('{ me { id } }', {}, leader));
    expect(res.swapDutyShifts.approvedBy.id).toBe(me.me.id);
  });

  it('a leave over a shift shows as a conflict in the roster check', async () => {
    const night = find('NIGHT', '2026-12-21T17:30:00');
    ok(
      await stack.gql(
        `mutation($i: RecordDutyLeaveInput!) { recordDutyLeave(input: $i) { id } }`,
        {
          i: {
            personId: night.person.id,
            startsAt: cst('2026-12-21T00:00:00'),
            endsAt: cst('2026-12-23T00:00:00'),
            reason: '病假',
          },
        },
        staff,
      ),
    );
    const check = ok(
      await stack.gql<{ dutyRosterCheck: { conflicts: { kind: string; shifts: { id: string }[] }[] } }>(
        CHECK,
        { f: cst('2026-12-21T00:00:00'), t: cst('2026-12-23T00:00:00') },
        staff,
      ),
    ).dutyRosterCheck;
    expect(check.conflicts).toEqual([expect.objectContaining({ kind: 'ON_LEAVE', shifts: [{ id: night.id }] })]);
  });
});

describe('the iCalendar export', () => {
  it('opens in ical.js with the shifts at their Asia/Shanghai times', async () => {
    const text = ok(
      await stack.gql<{ dutyCalendar: string }>(
        `query($f: DateTime!, $t: DateTime!, $p: ID) { dutyCalendar(from: $f, to: $t, personId: $p) }`,
        { f: cst('2026-12-02T00:00:00'), t: cst('2026-12-03T00:00:00'), p: p[4]!.id },
        staff,
      ),
    ).dutyCalendar;
    const calendar = ICAL.Component.fromString(text);
    ICAL.TimezoneService.register(new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(1);
    const [noon] = events;
    expect(noon!.startDate.zone.tzid).toBe('Asia/Shanghai');
    expect(noon!.startDate.toString()).toBe('2026-12-02T12:00:00');
    expect(noon!.startDate.toJSDate().toISOString()).toBe('2026-12-02T04:00:00.000Z');
    expect(noon!.endDate.toJSDate().toISOString()).toBe('2026-12-02T06:00:00.000Z');
    expect(noon!.summary).toBe(`午间值班：${p[4]!.name}`);
  });
});

describe('months on the working calendar, generated in any order', () => {
  const month = async (m: string) =>
    ok(await stack.gql<{ generateDutyMonth: Shift[] }>(GENERATE, { i: { ...rule(), month: m } }, staff))
      .generateDutyMonth;
  const exactly = async (from: string, to: string) =>
    ok(
      await stack.gql<{ dutyRosterCheck: { conflicts: unknown[]; gaps: unknown[] } }>(
        CHECK,
        { f: cst(from), t: cst(to) },
        staff,
      ),
    ).dutyRosterCheck;

  it('keeps the National Day holiday as rest days and the make-up Saturday as a working day; October alone has no gap', async () => {
    const october = await month('2026-10');
    const kindsAt = (local: string) =>
      october
        .filter((s) => s.startsAt === cst(local))
        .map((s) => s.kind)
        .sort();
    expect(kindsAt('2026-10-01T08:30:00')).toEqual(['WEEKEND_DAY', 'WEEKEND_LEADER']); // Thursday, 国庆节
    expect(kindsAt('2026-10-10T08:30:00')).toEqual(['WORK_HOURS']); // Saturday, 调休上班
    expect(kindsAt('2026-10-09T08:30:00')).toEqual(['WORK_HOURS']);
    // A leader on call for each two days of the seven-day holiday: 1, 3, 5 and 7 October (the last for one day).
    const leaders = october.filter((s) => s.kind === 'WEEKEND_LEADER' && s.startsAt < cst('2026-10-09T00:00:00'));
    expect(leaders.map((s) => [s.startsAt, s.endsAt])).toEqual([
      [cst('2026-10-01T08:30:00'), cst('2026-10-03T08:30:00')],
      [cst('2026-10-03T08:30:00'), cst('2026-10-05T08:30:00')],
      [cst('2026-10-05T08:30:00'), cst('2026-10-07T08:30:00')],
      [cst('2026-10-07T08:30:00'), cst('2026-10-08T08:30:00')],
    ]);
    expect(await exactly('2026-10-01T00:00:00', '2026-11-01T00:00:00')).toMatchObject({ conflicts: [], gaps: [] });
  });

  it('fits November between its neighbours: no second night before the 1st, its last night ending at midnight', async () => {
    const november = await month('2026-11');
    expect(november.some((s) => s.startsAt === cst('2026-11-01T00:00:00'))).toBe(false);
    expect(november.find((s) => s.kind === 'NIGHT' && s.startsAt === cst('2026-11-30T17:30:00'))?.endsAt).toBe(
      cst('2026-12-01T00:00:00'),
    );
    expect(await exactly('2026-11-01T00:00:00', '2026-12-01T00:00:00')).toMatchObject({ conflicts: [], gaps: [] });
  });
});
