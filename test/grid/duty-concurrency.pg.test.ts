import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/stack';
import { countOf, ok, somePersons } from './helpers';

let stack: TestStack;
let staff: string;

beforeAll(async () => {
  stack = await startTestStack({ now: new Date('2026-11-20T02:00:00Z') });
  staff = await stack.login('staff');
});
afterAll(() => stack?.stop());

const cst = (local: string) => new Date(`${local}+08:00`).toISOString();
interface Shift {
  id: string;
  kind: string;
  startsAt: string;
  version: number;
  person: { id: string };
}

it('two edits that are each fine but together double-book a person: one wins, the other is refused', async () => {
  const p = await somePersons(stack, staff, 12);
  const ids = p.map((x) => x.id);
  const month = ok(
    await stack.gql<{ generateDutyMonth: Shift[] }>(
      `mutation($i: GenerateDutyMonthInput!) { generateDutyMonth(input: $i) { id kind startsAt version person { id } } }`,
      {
        i: {
          month: '2026-12',
          workHours: ids.slice(0, 3),
          noon: ids.slice(3, 5),
          night: ids.slice(5, 8),
          weekendDay: ids.slice(8, 10),
          weekendLeaders: ids.slice(10, 12),
        },
      },
      staff,
    ),
  ).generateDutyMonth;
  // Saturday 5 December: the day officer and the leader's 48 hours overlap; give both to one outsider at once.
  const day = month.find((s) => s.kind === 'WEEKEND_DAY' && s.startsAt === cst('2026-12-05T08:30:00'))!;
  const lead = month.find((s) => s.kind === 'WEEKEND_LEADER' && s.startsAt === cst('2026-12-05T08:30:00'))!;
  const outsider = (await somePersons(stack, staff, 13))[12]!.id;
  const UPDATE = `mutation($i: UpdateDutyShiftInput!) { updateDutyShift(input: $i) { id } }`;
  // Another roster edit is in progress: both requests must queue behind it, and then behind each other.
  let release!: () => void;
  let held!: () => void;
  const heldSignal = new Promise<void>((resolve) => (held = resolve));
  const other = stack.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('grid.duty_shifts'))`);
    held();
    await new Promise<void>((resolve) => (release = resolve));
  });
  await heldSignal;
  let settled = 0;
  const pending = [day, lead].map((s) =>
    stack.gql(UPDATE, { i: { id: s.id, version: s.version, personId: outsider } }, staff).finally(() => {
      settled += 1;
    }),
  );
  for (;;) {
    const waiting = sql`select count(*)::int as n from pg_locks where locktype = 'advisory' and not granted`;
    if ((await countOf(stack.db, waiting)) === 2) break;
    expect(settled, 'an edit went ahead without waiting for the roster lock').toBe(0);
  }
  release();
  await other;
  const results = await Promise.all(pending);
  const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
  expect(codes).toEqual(['CONFLICT', 'OK']);
  const check = ok(
    await stack.gql<{ dutyRosterCheck: { conflicts: unknown[] } }>(
      'query($f: DateTime!, $t: DateTime!) { dutyRosterCheck(from: $f, to: $t) { conflicts { kind } } }',
      { f: cst('2026-12-05T00:00:00'), t: cst('2026-12-08T00:00:00') },
      staff,
    ),
  ).dutyRosterCheck;
  expect(check.conflicts).toEqual([]);
});
