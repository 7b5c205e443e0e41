import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isWorkingDay } from '@onedoor/db';
import { createCaseWorkflowRepository } from '@onedoor/db/cases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Scenarios, startCaseScenarios } from './support';

/** Friday 6 February 2026, 10:00 in Beijing. */
const FRIDAY_BEFORE_SPRING_FESTIVAL = new Date('2026-02-06T02:00:00Z');
const require = createRequire(import.meta.url);
/** The maintained npm package the seeded schedule is checked against (and the iCalendar import is tried on). */
const chineseDays = (file: string) => readFileSync(require.resolve(`chinese-days/dist/years/${file}`), 'utf8');

let s: Scenarios;
beforeAll(async () => {
  s = await startCaseScenarios(FRIDAY_BEFORE_SPRING_FESTIVAL);
});
afterAll(() => s?.stack.stop());

const CLOCK = `id deadlineAt clock { stage deadlineAt objectionWindowEndsAt unmaintainedCalendarYears }`;
interface ClockRead {
  id: string;
  deadlineAt: string;
  clock: {
    stage: string;
    deadlineAt: string;
    objectionWindowEndsAt: string | null;
    unmaintainedCalendarYears: number[];
  };
}
const readClock = async (id: string) =>
  (await s.must<{ case: ClockRead }>(`query($id: ID!) { case(id: $id) { ${CLOCK} } }`, { id }, s.staff)).case;

const IMPORT = (name: 'previewCalendarImport' | 'importCalendar') => `mutation($i: ImportCalendarInput!) {
  ${name}(input: $i) { years added { date kind name } removed { date } changed { date before { kind name } after { kind name } }
    unchanged deadlinesMoved applied } }`;
interface ImportResult {
  years: number[];
  added: { date: string; kind: string; name: string }[];
  removed: { date: string }[];
  changed: { date: string; before: { kind: string; name: string }; after: { kind: string; name: string } }[];
  unchanged: number;
  deadlinesMoved: number;
  applied: boolean;
}

describe('the official 2026 working calendar (国务院办公厅关于2026年部分节假日安排的通知)', () => {
  it('is seeded with its source, and holds the same days off and make-up working days as `chinese-days`', async () => {
    const data = await s.must<{
      calendarYears: { year: number; source: string; holidays: number; workdays: number }[];
      calendarDays: { date: string; kind: string }[];
    }>(
      '{ calendarYears { year source holidays workdays } calendarDays(from: "2026-01-01", to: "2026-12-31") { date kind } }',
      {},
      s.staff,
    );
    expect(data.calendarYears).toEqual([
      {
        year: 2026,
        source: expect.stringContaining('国务院办公厅关于2026年部分节假日安排的通知') as unknown,
        holidays: 33,
        workdays: 6,
      },
    ]);
    const reference = JSON.parse(chineseDays('2026.json')) as Record<'holidays' | 'workdays', Record<string, string>>;
    const ofKind = (kind: string) => data.calendarDays.filter((d) => d.kind === kind).map((d) => d.date);
    expect(ofKind('HOLIDAY')).toEqual(Object.keys(reference.holidays).sort());
    expect(ofKind('WORKDAY')).toEqual(Object.keys(reference.workdays).sort());
  });

  it('makes Fri 2 January a rest day and Sun 4 January a working day', async () => {
    const calendar = await createCaseWorkflowRepository(s.stack.db).calendar();
    expect(isWorkingDay('2026-01-02', calendar)).toBe(false);
    expect(isWorkingDay('2026-01-04', calendar)).toBe(true);
    expect(isWorkingDay('2026-10-10', calendar)).toBe(true);
  });

  it('rolls a 15-day limit ending on Sat 21 February, inside the Spring Festival, forward to Tue 24 February', async () => {
    s.clock.set(FRIDAY_BEFORE_SPRING_FESTIVAL);
    const letter = await s.register({ channel: 'LETTER', petitionerIds: [s.ids.persons[20]!] });
    const due = '2026-02-24T02:00:00.000Z'; // Tue 24 February, 10:00 in Beijing
    expect(await readClock(letter.id)).toMatchObject({
      deadlineAt: due,
      clock: { stage: 'REGISTRATION', deadlineAt: due, unmaintainedCalendarYears: [] },
    });
    const routed = await s.step('routeCase', letter.id, { leadUnitId: s.ids.humanResources, reason: '人社局职责' });
    expect(routed.clock).toMatchObject({ stage: 'ACCEPTANCE', deadlineAt: due });
  });

  it('ends the 5-working-day objection window for a transfer on Tue 29 September on Mon 12 October', async () => {
    s.clock.set(new Date('2026-09-29T02:00:00Z'));
    const c = await s.register({ petitionerIds: [s.ids.persons[21]!] });
    await s.step('routeCase', c.id, { leadUnitId: s.ids.humanResources, reason: '人社局职责' });
    // 30 Sep, 8 Oct, 9 Oct, Sat 10 Oct (调休上班) and 12 Oct: the end of 12 October in Beijing.
    expect((await readClock(c.id)).clock.objectionWindowEndsAt).toBe('2026-10-12T15:59:59.999Z');
  });
});

describe('a year whose schedule is not yet published', () => {
  // A made-up day of a made-up 2027 file: the test needs a file to import, not the real (unpublished) schedule.
  const FICTIONAL_2027 = 'date,kind,name\n2027-01-04,HOLIDAY,测试用虚构假日\n';

  it('warns on the case and in the centre counts until the year is imported, then recomputes the clock', async () => {
    s.clock.set(new Date('2026-12-20T02:00:00Z')); // Sun 20 December: 15 days end on Mon 4 January 2027
    const c = await s.register({ petitionerIds: [s.ids.persons[22]!] });
    expect(await readClock(c.id)).toMatchObject({
      deadlineAt: '2027-01-04T02:00:00.000Z',
      clock: { unmaintainedCalendarYears: [2027] },
    });
    const counts = async () =>
      (
        await s.must<{ unmaintainedCalendarDeadlines: { year: number; openCases: number }[] }>(
          '{ unmaintainedCalendarDeadlines { year openCases } }',
          {},
          s.staff,
        )
      ).unmaintainedCalendarDeadlines;
    expect((await counts()).find((y) => y.year === 2027)?.openCases).toBeGreaterThanOrEqual(1);

    const request = { format: 'CSV', content: FICTIONAL_2027, source: '测试文件（虚构）' };
    const preview = (
      await s.must<{ previewCalendarImport: ImportResult }>(IMPORT('previewCalendarImport'), { i: request }, s.admin)
    ).previewCalendarImport;
    expect(preview).toMatchObject({ years: [2027], removed: [], changed: [], applied: false });
    expect(preview.added).toEqual([{ date: '2027-01-04', kind: 'HOLIDAY', name: '测试用虚构假日' }]);
    expect(preview.deadlinesMoved).toBeGreaterThanOrEqual(1);
    expect((await readClock(c.id)).deadlineAt).toBe('2027-01-04T02:00:00.000Z'); // a preview writes nothing

    const imported = (await s.must<{ importCalendar: ImportResult }>(IMPORT('importCalendar'), { i: request }, s.admin))
      .importCalendar;
    expect(imported).toMatchObject({ years: [2027], applied: true, deadlinesMoved: preview.deadlinesMoved });
    expect(await readClock(c.id)).toMatchObject({
      deadlineAt: '2027-01-05T02:00:00.000Z',
      clock: { unmaintainedCalendarYears: [] },
    });
    expect((await counts()).some((y) => y.year === 2027)).toBe(false);
  });
});

describe('importing a schedule file', () => {
  it('reads the iCalendar feed of `chinese-days`: onto the seeded 2026 it changes no day off or working day', async () => {
    const preview = (
      await s.must<{ previewCalendarImport: ImportResult }>(
        IMPORT('previewCalendarImport'),
        { i: { format: 'ICALENDAR', content: chineseDays('2026.ics'), source: 'chinese-days 1.5.7' } },
        s.admin,
      )
    ).previewCalendarImport;
    expect(preview).toMatchObject({ years: [2026], added: [], removed: [], deadlinesMoved: 0, applied: false });
    // Only the names differ (清明 / 清明节): never the kind of a day.
    for (const change of preview.changed) expect(change.after.kind).toBe(change.before.kind);
    expect(preview.unchanged + preview.changed.length).toBe(39);
  });

  it('refuses a file it cannot read, naming the line, and a caller who is not an admin', async () => {
    const bad = await s.stack.gql(
      IMPORT('previewCalendarImport'),
      { i: { format: 'CSV', content: 'date,kind,name\n2026-02-30,HOLIDAY,不存在的日子\n', source: '测试' } },
      s.admin,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.content', reason: 'FILE_FORMAT', params: { line: 2 } }],
    });
    const both = await s.stack.gql(
      IMPORT('previewCalendarImport'),
      { i: { format: 'CSV', content: '2027-05-01,HOLIDAY,甲\n2027-05-01,WORKDAY,乙\n', source: '测试' } },
      s.admin,
    );
    expect(both.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.content' }],
    });
    const otherYear = await s.stack.gql(
      IMPORT('previewCalendarImport'),
      { i: { format: 'CSV', content: '2027-05-01,HOLIDAY,甲\n', source: '测试', years: [2028] } },
      s.admin,
    );
    expect(otherYear.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.years' }],
    });
    const staff = await s.stack.gql(
      IMPORT('importCalendar'),
      { i: { format: 'CSV', content: '2027-05-01,HOLIDAY,甲\n', source: '测试' } },
      s.staff,
    );
    expect(staff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
