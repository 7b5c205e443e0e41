/**
 * Time as the centre counts it: China Standard Time (UTC+8, no daylight saving), calendar days and working
 * days. The one place these rules are written; every subgraph, the seed and the tests use it.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
/** China Standard Time is UTC+8 all year. */
export const BEIJING_OFFSET_MS = 8 * HOUR_MS;

/** The Beijing calendar date of an instant, `YYYY-MM-DD`. */
export const beijingDate = (at: Date): string => new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);

/** The Beijing calendar year of an instant. */
export const beijingYear = (at: Date): number => new Date(at.getTime() + BEIJING_OFFSET_MS).getUTCFullYear();

/** The instant of a Beijing wall-clock time: `beijingMoment('2026-03-02', '08:30')`. */
export const beijingMoment = (date: string, time = '00:00'): Date =>
  new Date(Date.parse(`${date}T${time}:00Z`) - BEIJING_OFFSET_MS);

/** Beijing midnight at the start of the calendar date of an instant. */
export const startOfBeijingDay = (at: Date): Date => beijingMoment(beijingDate(at));

/** A calendar year in Beijing as the instants [from, to). */
export function beijingYearSpan(year: number): { from: Date; to: Date } {
  return { from: beijingMoment(`${year}-01-01`), to: beijingMoment(`${year + 1}-01-01`) };
}

/** Whole Beijing days `from` to `to` (both `YYYY-MM-DD`, `to` included) as the instants [from, to + 1 day). */
export function beijingDaySpan(from: string, to: string): { from: Date; to: Date } {
  return { from: beijingMoment(from), to: new Date(beijingMoment(to).getTime() + DAY_MS) };
}

/** `YYYY-MM-DD` plus `n` calendar days. */
export const addDays = (date: string, n: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** ISO weekday (1 Monday … 7 Sunday) of a `YYYY-MM-DD` date. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Whether a string is a real `YYYY-MM-DD` calendar date (not 2026-02-30). */
export function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Public holidays and the weekend days worked in exchange (调休), as `YYYY-MM-DD` Beijing dates. */
export interface WorkCalendar {
  holidays: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
  /** The years whose official schedule is maintained; in any other year only weekends are rest days. */
  maintainedYears: ReadonlySet<number>;
}
export const EMPTY_CALENDAR: WorkCalendar = { holidays: new Set(), workdays: new Set(), maintainedYears: new Set() };

export function calendarFrom(
  days: readonly { day: string; kind: 'HOLIDAY' | 'WORKDAY' }[],
  maintainedYears: readonly number[] = [],
): WorkCalendar {
  return {
    holidays: new Set(days.filter((d) => d.kind === 'HOLIDAY').map((d) => d.day)),
    workdays: new Set(days.filter((d) => d.kind === 'WORKDAY').map((d) => d.day)),
    maintainedYears: new Set(maintainedYears),
  };
}

/** The Beijing years from `from` to `to` (inclusive) whose schedule nobody maintains: their rest days are guesses. */
export function unmaintainedYears(from: Date, to: Date, calendar: WorkCalendar): number[] {
  const years: number[] = [];
  for (let y = beijingYear(from); y <= beijingYear(to); y += 1) if (!calendar.maintainedYears.has(y)) years.push(y);
  return years;
}

/** A working day: a make-up working day, or a weekday that is not a public holiday. */
export function isWorkingDay(day: string, calendar: WorkCalendar): boolean {
  if (calendar.workdays.has(day)) return true;
  if (calendar.holidays.has(day)) return false;
  return isoWeekday(day) < 6;
}

/**
 * `days` calendar days after `start`; a period whose last day is a rest day ends on the next working
 * day instead, at the same time of day (期间届满日为节假日的顺延).
 */
export function addCalendarDays(start: Date, days: number, calendar: WorkCalendar): Date {
  let end = start.getTime() + days * DAY_MS;
  while (!isWorkingDay(beijingDate(new Date(end)), calendar)) end += DAY_MS;
  return new Date(end);
}

/** The end (23:59:59.999 Beijing time) of the `days`-th working day after the Beijing date of `start`. */
export function addWorkingDays(start: Date, days: number, calendar: WorkCalendar): Date {
  let day = beijingDate(start);
  let counted = 0;
  while (counted < days) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) counted += 1;
  }
  return new Date(beijingMoment(day).getTime() + DAY_MS - 1);
}
