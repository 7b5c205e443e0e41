import { type CalendarDayRow, createCalendarRepository } from '@onedoor/db/cases';
import { badInput, type BaseContext } from '@onedoor/subgraph-kit';
import { type CalendarFileFormat, readCalendarFile } from './calendar-files';
import { changeSettings } from './clock-settings';

/** What an import of whole years changes: the days added, removed and changed, and the open deadlines it moves. */
export interface CalendarImport {
  years: number[];
  added: CalendarDayRow[];
  removed: CalendarDayRow[];
  changed: { date: string; before: CalendarDayRow; after: CalendarDayRow }[];
  unchanged: number;
  deadlinesMoved: number;
  applied: boolean;
}

export interface CalendarImportRequest {
  format: CalendarFileFormat;
  content: string;
  source: string;
  /** Only these years of the file; by default every year it holds. */
  years?: number[] | null;
}

/** Thrown to roll a preview's transaction back once it has measured what the import would do. */
class PreviewOnly extends Error {
  constructor(readonly outcome: CalendarImport) {
    super('preview');
  }
}

function diff(before: readonly CalendarDayRow[], after: readonly CalendarDayRow[]) {
  const old = new Map(before.map((d) => [d.day, d]));
  const next = new Map(after.map((d) => [d.day, d]));
  const changed = after
    .filter((d) => old.has(d.day) && (old.get(d.day)!.kind !== d.kind || old.get(d.day)!.name !== d.name))
    .map((d) => ({ date: d.day, before: old.get(d.day)!, after: d }));
  return {
    added: after.filter((d) => !old.has(d.day)),
    removed: before.filter((d) => !next.has(d.day)),
    changed,
    unchanged: after.length - changed.length - after.filter((d) => !old.has(d.day)).length,
  };
}

/**
 * Replaces whole years of the working calendar with an official schedule read from a file and marks them
 * maintained; every open clock is recomputed in the same transaction. A preview does all of it, measures
 * the outcome, and rolls back.
 */
export async function importCalendar({
  ctx,
  input,
  preview,
}: {
  ctx: BaseContext;
  input: CalendarImportRequest;
  preview: boolean;
}): Promise<CalendarImport> {
  const all = readCalendarFile(input.format, input.content);
  const wanted = input.years?.length ? new Set(input.years) : null;
  const days = wanted ? all.filter((d) => wanted.has(Number(d.day.slice(0, 4)))) : all;
  if (days.length === 0)
    throw badInput('input.years', `input.years: the file holds no day of ${input.years?.join(', ')}.`, {
      reason: 'NOT_FOUND',
      params: { years: input.years ?? [] },
    });
  const years = [...new Set(days.map((d) => Number(d.day.slice(0, 4))))].sort();
  try {
    return await changeSettings({
      ctx,
      action: 'importCalendar',
      entityType: 'CalendarYear',
      change: async (tx) => {
        const calendar = createCalendarRepository(tx);
        const before = await calendar.daysOfYears(years);
        await calendar.replaceYears(years, days, input.source, ctx.clock.now());
        const changes = diff(before, days);
        return {
          result: { years, ...changes, deadlinesMoved: 0, applied: !preview },
          data: { years, source: input.source, added: changes.added.length, removed: changes.removed.length },
          moves: true,
        };
      },
      settled: (outcome, moved) => {
        const done = { ...outcome, deadlinesMoved: moved };
        if (preview) throw new PreviewOnly(done);
        return done;
      },
    });
  } catch (error) {
    if (error instanceof PreviewOnly) return error.outcome;
    throw error;
  }
}

/** The maintained years with their day counts. */
export function calendarYears(ctx: BaseContext) {
  return createCalendarRepository(ctx.db).years();
}

/** Years without a maintained schedule that open cases' deadlines fall in, with how many cases each. */
export function unmaintainedDeadlines(ctx: BaseContext) {
  return createCalendarRepository(ctx.db).unmaintainedDeadlines();
}
