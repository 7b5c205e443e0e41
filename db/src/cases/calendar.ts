import { and, asc, gte, lte, notInArray, sql } from 'drizzle-orm';
import type { Executor } from '../database';
import { type CalendarDayRow, calendarDaysTable, calendarYearsTable, casesTable, FINISHED_STATUSES } from './tables';

export type CalendarYearRow = typeof calendarYearsTable.$inferSelect;

/** The maintained years of the working calendar and the replacement of whole years by an import. */
export function createCalendarRepository(db: Executor) {
  return {
    /** Every maintained year with how many holidays and make-up working days it holds, oldest first. */
    async years(): Promise<(CalendarYearRow & { holidays: number; workdays: number })[]> {
      const counts = await db
        .select({
          year: sql<number>`extract(year from ${calendarDaysTable.day})::int`,
          holidays: sql<number>`count(*) filter (where ${calendarDaysTable.kind} = 'HOLIDAY')::int`,
          workdays: sql<number>`count(*) filter (where ${calendarDaysTable.kind} = 'WORKDAY')::int`,
        })
        .from(calendarDaysTable)
        .groupBy(sql`1`);
      const byYear = new Map(counts.map((c) => [c.year, c]));
      const years = await db.select().from(calendarYearsTable).orderBy(asc(calendarYearsTable.year));
      return years.map((y) => ({
        ...y,
        holidays: byYear.get(y.year)?.holidays ?? 0,
        workdays: byYear.get(y.year)?.workdays ?? 0,
      }));
    },

    /** The days of the given years, in date order. */
    daysOfYears(years: readonly number[]): Promise<CalendarDayRow[]> {
      if (years.length === 0) return Promise.resolve([]);
      const first = Math.min(...years);
      const last = Math.max(...years);
      return db
        .select()
        .from(calendarDaysTable)
        .where(and(gte(calendarDaysTable.day, `${first}-01-01`), lte(calendarDaysTable.day, `${last}-12-31`)))
        .orderBy(asc(calendarDaysTable.day))
        .then((rows) => rows.filter((r) => years.includes(Number(r.day.slice(0, 4)))));
    },

    /** Replaces every day of the given years with `days` and marks the years maintained from `source`. */
    async replaceYears(years: readonly number[], days: readonly CalendarDayRow[], source: string, at: Date) {
      for (const year of years) {
        await db
          .delete(calendarDaysTable)
          .where(and(gte(calendarDaysTable.day, `${year}-01-01`), lte(calendarDaysTable.day, `${year}-12-31`)));
      }
      if (days.length > 0) await db.insert(calendarDaysTable).values([...days]);
      await db
        .insert(calendarYearsTable)
        .values(years.map((year) => ({ year, source, maintainedAt: at })))
        .onConflictDoUpdate({ target: calendarYearsTable.year, set: { source, maintainedAt: at } });
    },

    /** Open cases whose deadline (Beijing time) falls in a year nobody maintains, counted per year. */
    unmaintainedDeadlines(): Promise<{ year: number; openCases: number }[]> {
      const year = sql<number>`extract(year from (${casesTable.deadlineAt} at time zone 'Asia/Shanghai'))::int`;
      return db
        .select({ year, openCases: sql<number>`count(*)::int` })
        .from(casesTable)
        .where(
          and(
            notInArray(casesTable.status, [...FINISHED_STATUSES]),
            sql`${year} not in (select ${calendarYearsTable.year} from ${calendarYearsTable})`,
          ),
        )
        .groupBy(year)
        .orderBy(year);
    },
  };
}
