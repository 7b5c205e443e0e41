import { todayInShanghai } from '../format/time';

/** The periods a person picks from; a custom one carries its own days. */
export type PeriodKind = 'month' | 'last30' | 'year' | 'custom';

/** A period as whole Beijing calendar days, both included (`YYYY-MM-DD`). */
export interface DayRange {
  from: string;
  to: string;
}

/** What the dashboard shows: a period and, optionally, one township (its grid unit id). */
export interface DashboardFilter {
  kind: PeriodKind;
  /** Only read for `custom`. */
  custom: DayRange;
  townshipId: string | null;
}

export type BucketSize = 'day' | 'week' | 'month' | 'year';

/** One slice of the period for the trend charts: its days and the instants the API takes. */
export interface Bucket extends DayRange {
  /** Short axis label: the first day (`11-23`), the month (`2026-11`) or the year. */
  label: string;
  start: string;
  end: string;
}

const DAY_MS = 86_400_000;

/** `2026-11-23` plus n days, as a calendar day (no zone involved: it is date arithmetic on UTC midnight). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The instant a Beijing calendar day starts. */
export function startOfDay(day: string): string {
  return new Date(`${day}T00:00:00+08:00`).toISOString();
}

/** The days a period covers, ending today in Beijing (a custom range as typed, put in order). */
export function periodDays(filter: Pick<DashboardFilter, 'kind' | 'custom'>, now = new Date()): DayRange {
  const today = todayInShanghai(now);
  switch (filter.kind) {
    case 'month':
      return { from: `${today.slice(0, 8)}01`, to: today };
    case 'year':
      return { from: `${today.slice(0, 5)}01-01`, to: today };
    case 'custom': {
      const { from, to } = filter.custom;
      return from <= to ? { from, to } : { from: to, to: from };
    }
    default:
      return { from: addDays(today, -29), to: today };
  }
}

/** The API's half-open instant range for a day range: from the first day's start to the day after the last. */
export function instants(range: DayRange): { from: string; to: string } {
  return { from: startOfDay(range.from), to: startOfDay(addDays(range.to, 1)) };
}

/** Day buckets for a month, weeks up to half a year, months up to three years, then years. */
export function bucketSize(range: DayRange): BucketSize {
  const days = daysBetween(range.from, range.to) + 1;
  if (days <= 45) return 'day';
  if (days <= 183) return 'week';
  if (days <= 1096) return 'month';
  return 'year';
}

/** The first day of the next bucket; months and years go to the next calendar month or year. */
function nextStart(day: string, size: BucketSize): string {
  if (size === 'day') return addDays(day, 1);
  if (size === 'week') return addDays(day, 7);
  const [y, m] = day.split('-').map(Number) as [number, number];
  if (size === 'year') return `${y + 1}-01-01`;
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

function labelOf(day: string, size: BucketSize): string {
  if (size === 'year') return day.slice(0, 4);
  if (size === 'month') return day.slice(0, 7);
  return day.slice(5);
}

/**
 * The period cut into consecutive buckets covering it exactly: weeks start on the first day of the
 * period, months and years on the calendar (the first and last may be partial).
 */
export function buckets(range: DayRange): Bucket[] {
  const size = bucketSize(range);
  const out: Bucket[] = [];
  let from = range.from;
  while (from <= range.to) {
    const next = nextStart(from, size);
    const last = addDays(next, -1) < range.to ? addDays(next, -1) : range.to;
    out.push({
      from,
      to: last,
      label: labelOf(from, size),
      start: startOfDay(from),
      end: startOfDay(addDays(last, 1)),
    });
    from = addDays(last, 1);
  }
  return out;
}
