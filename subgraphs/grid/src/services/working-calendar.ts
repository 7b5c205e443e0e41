import { addDays, calendarFrom, type WorkCalendar } from '@onedoor/db';
import type { GridContext } from '../context';

const CALENDAR_DAYS = /* GraphQL */ `
  query DutyCalendarDays($from: Date!, $to: Date!) {
    calendarDays(from: $from, to: $to) {
      date
      kind
    }
  }
`;

/**
 * The public holidays and make-up working days around a month, from the working calendar the cases
 * subgraph keeps (the one every statutory clock counts on), asked as the caller. A month's rest-day runs
 * can reach a fortnight back (the Spring Festival) and into the next month.
 */
export async function workingCalendarAround(ctx: GridContext, month: string): Promise<WorkCalendar> {
  const first = `${month}-01`;
  const data = await ctx.peers.query<{ calendarDays: { date: string; kind: 'HOLIDAY' | 'WORKDAY' }[] }>(
    'cases',
    CALENDAR_DAYS,
    { from: addDays(first, -31), to: addDays(first, 62) },
  );
  return calendarFrom(data.calendarDays.map((d) => ({ day: d.date, kind: d.kind })));
}
