import { addDays, isRealDate } from '@onedoor/db';
import type { CalendarDayRow } from '@onedoor/db/cases';
import { badInput, type ProblemParam } from '@onedoor/subgraph-kit';
import ICAL from 'ical.js';

/**
 * Reading an official holiday schedule from the forms it is redistributed in: a CSV of `date,kind,name`
 * rows, or an iCalendar file of all-day events (one event a run of days, `休`/`班` or Apple's special-day
 * property telling a day off from a make-up working day), as calendar feeds such as `chinese-days` publish.
 */
export type CalendarFileFormat = 'CSV' | 'ICALENDAR';

const FIELD = 'input.content';

const refuse = (message: string, params: Record<string, ProblemParam> = {}) =>
  badInput(FIELD, `${FIELD}: ${message}`, { reason: 'FILE_FORMAT', params });

const KINDS: Record<string, CalendarDayRow['kind']> = {
  holiday: 'HOLIDAY',
  休: 'HOLIDAY',
  workday: 'WORKDAY',
  班: 'WORKDAY',
};

/** `2026-01-01` or `20260101` as `YYYY-MM-DD`, or null when it is not a real date. */
function isoDate(value: string): string | null {
  const v = value.trim();
  const iso = /^\d{8}$/.test(v) ? `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}` : v;
  return isRealDate(iso) ? iso : null;
}

function fromCsv(content: string): CalendarDayRow[] {
  const days: CalendarDayRow[] = [];
  content.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    const lineNo = index + 1;
    if (line === '' || line.startsWith('#') || (lineNo === 1 && /^date\s*,/i.test(line))) return;
    const [date = '', kind = '', ...name] = line.split(',').map((c) => c.trim());
    const day = isoDate(date);
    if (!day) throw refuse(`line ${lineNo}: "${date}" is not a date (YYYY-MM-DD).`, { line: lineNo });
    const mapped = KINDS[kind.toLowerCase()];
    if (!mapped) throw refuse(`line ${lineNo}: the kind must be HOLIDAY (休) or WORKDAY (班).`, { line: lineNo });
    days.push({ day, kind: mapped, name: name.join(',').trim() || (mapped === 'HOLIDAY' ? '节假日' : '调休上班') });
  });
  return days;
}

function kindOfEvent(event: ICAL.Component): CalendarDayRow['kind'] | null {
  const special = String(event.getFirstPropertyValue('x-apple-special-day') ?? '');
  if (special === 'WORK-HOLIDAY') return 'HOLIDAY';
  if (special === 'ALTERNATE-WORKDAY') return 'WORKDAY';
  const text = `${String(event.getFirstPropertyValue('summary') ?? '')} ${String(event.getFirstPropertyValue('description') ?? '')}`;
  if (/班|\bwork(day)?\b/i.test(text)) return 'WORKDAY';
  if (/休|\b(holiday|off)\b/i.test(text)) return 'HOLIDAY';
  return null;
}

function fromICalendar(content: string): CalendarDayRow[] {
  let root: ICAL.Component;
  try {
    root = ICAL.Component.fromString(content);
  } catch {
    throw refuse('not an iCalendar file (RFC 5545).');
  }
  const days: CalendarDayRow[] = [];
  for (const event of root.getAllSubcomponents('vevent')) {
    const summary = String(event.getFirstPropertyValue('summary') ?? '').trim();
    const start = event.getFirstPropertyValue('dtstart');
    const end = event.getFirstPropertyValue('dtend');
    const kind = kindOfEvent(event);
    if (!(start instanceof ICAL.Time) || !start.isDate)
      throw refuse(`the event "${summary}" is not an all-day event.`, { event: summary });
    if (!kind)
      throw refuse(`the event "${summary}" says neither 休 (day off) nor 班 (working day).`, { event: summary });
    const first = start.toString().slice(0, 10);
    const last = end instanceof ICAL.Time ? addDays(end.toString().slice(0, 10), -1) : first;
    const name = summary.replace(/[(（]\s*(休|班|holiday|work(day)?|off)\s*[)）]/gi, '').trim() || summary;
    for (let day = first; day <= last; day = addDays(day, 1)) {
      days.push({ day, kind, name: kind === 'WORKDAY' && !/调休|上班/.test(name) ? `${name}调休上班` : name });
    }
  }
  return days;
}

/** The days a file holds, checked: real dates, a known kind, each date once. */
export function readCalendarFile(format: CalendarFileFormat, content: string): CalendarDayRow[] {
  const days = format === 'CSV' ? fromCsv(content) : fromICalendar(content);
  if (days.length === 0) throw refuse('the file holds no day.');
  const seen = new Map<string, CalendarDayRow>();
  for (const d of days) {
    const earlier = seen.get(d.day);
    if (earlier && earlier.kind !== d.kind)
      throw refuse(`${d.day} is given both as a day off and as a working day.`, { date: d.day });
    seen.set(d.day, d);
  }
  return [...seen.values()].sort((a, b) => a.day.localeCompare(b.day));
}
