import {
  addDays,
  BEIJING_OFFSET_MS,
  beijingMoment,
  EMPTY_CALENDAR,
  HOUR_MS,
  isWorkingDay,
  type WorkCalendar,
} from '@onedoor/db';
import type { DutyShiftKind } from '@onedoor/db/grid';

/** The rules of the duty roster (值班), free of the database so they read (and test) on their own. */

/** A shift this long or longer needs REST_AFTER_LONG hours off before the same person's next shift. */
export const LONG_SHIFT = 12 * HOUR_MS;
export const REST_AFTER_LONG = 12 * HOUR_MS;

export interface Span {
  startsAt: Date;
  endsAt: Date;
}

export interface ShiftLike extends Span {
  id: string;
  kind: DutyShiftKind;
  personId: string;
}

export interface LeaveLike extends Span {
  id: string;
  personId: string;
}

export type ConflictKind = 'DOUBLE_BOOKED' | 'ON_LEAVE' | 'TOO_LITTLE_REST';

export interface DutyConflict {
  kind: ConflictKind;
  personId: string;
  shiftIds: string[];
  leaveId: string | null;
}

/** The weekend leader (带班领导) leads; cover during the hours comes from the other shifts. */
export const coversTheCentre = (kind: DutyShiftKind) => kind !== 'WEEKEND_LEADER';

const overlaps = (a: Span, b: Span) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;

/** The first day of the month after a `YYYY-MM` month: its first plus 31 days always lands in the next month. */
export const firstOfNextMonth = (month: string) => `${addDays(`${month}-01`, 31).slice(0, 7)}-01`;

export interface PatternShift extends Span {
  kind: DutyShiftKind;
  /** The calendar day the shift belongs to (a night shift belongs to the evening it starts). */
  day: string;
}

/** How a month meets its neighbours: whether it covers its first night itself, and where its last night ends. */
export interface MonthEdges {
  /** No shift covers 00:00–08:30 on the 1st (the month before is not generated): the month adds a night for it. */
  coverFirstNight: boolean;
  /** The month after already covers its own first night: this month's last night ends at midnight. */
  lastNightEndsAtMidnight: boolean;
}

/** Consecutive rest days before `day` (0 when the day before is a working day). */
function restDaysBefore(day: string, calendar: WorkCalendar): number {
  let count = 0;
  for (let d = addDays(day, -1); !isWorkingDay(d, calendar) && count < 366; d = addDays(d, -1)) count += 1;
  return count;
}

/**
 * The shift pattern of a month on the working calendar: on working days (weekdays and make-up working days,
 * 调休上班) work hours 08:30–12:00 and 14:00–17:30 with a named officer at noon and at night (17:30–08:30);
 * on rest days (weekends and public holidays) a day officer 08:30–17:30 and a night officer, and a leader on
 * call (领导轮流带班) for each two rest days of a run, from 08:30 to 08:30 after them. Cover runs without a
 * break from the first night's start (00:00 on the 1st when the month covers it, else 08:30) to the last
 * night's end (08:30 on the next month's 1st, or midnight when that month covers its own first night).
 */
export function monthPattern(
  month: string,
  calendar: WorkCalendar = EMPTY_CALENDAR,
  edges: MonthEdges = { coverFirstNight: false, lastNightEndsAtMidnight: false },
): PatternShift[] {
  const first = `${month}-01`;
  const shifts: PatternShift[] = [];
  const at = (day: string, from: string, to: string, kind: DutyShiftKind, nextDay = 0) =>
    shifts.push({ kind, day, startsAt: beijingMoment(day, from), endsAt: beijingMoment(addDays(day, nextDay), to) });
  if (edges.coverFirstNight) at(first, '00:00', '08:30', 'NIGHT');
  for (let day = first; day.startsWith(month); day = addDays(day, 1)) {
    if (isWorkingDay(day, calendar)) {
      at(day, '08:30', '12:00', 'WORK_HOURS');
      at(day, '12:00', '14:00', 'NOON');
      at(day, '14:00', '17:30', 'WORK_HOURS');
    } else {
      if (restDaysBefore(day, calendar) % 2 === 0) {
        const onCall = isWorkingDay(addDays(day, 1), calendar) ? 1 : 2;
        at(day, '08:30', '08:30', 'WEEKEND_LEADER', onCall);
      }
      at(day, '08:30', '17:30', 'WEEKEND_DAY');
    }
    const last = !addDays(day, 1).startsWith(month);
    if (last && edges.lastNightEndsAtMidnight) at(day, '17:30', '00:00', 'NIGHT', 1);
    else at(day, '17:30', '08:30', 'NIGHT', 1);
  }
  return shifts;
}

/** Every conflict among the shifts and leaves given: double bookings, shifts on leave, too little rest. */
export function findConflicts(shifts: readonly ShiftLike[], leaves: readonly LeaveLike[]): DutyConflict[] {
  const conflicts: DutyConflict[] = [];
  const byPerson = new Map<string, ShiftLike[]>();
  for (const s of shifts) byPerson.set(s.personId, [...(byPerson.get(s.personId) ?? []), s]);
  for (const [personId, own] of byPerson) {
    own.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
    for (let i = 0; i < own.length; i += 1) {
      const a = own[i]!;
      for (let j = i + 1; j < own.length && own[j]!.startsAt < new Date(a.endsAt.getTime() + REST_AFTER_LONG); j += 1) {
        const b = own[j]!;
        if (overlaps(a, b)) conflicts.push({ kind: 'DOUBLE_BOOKED', personId, shiftIds: [a.id, b.id], leaveId: null });
        else if (a.endsAt.getTime() - a.startsAt.getTime() >= LONG_SHIFT) {
          conflicts.push({ kind: 'TOO_LITTLE_REST', personId, shiftIds: [a.id, b.id], leaveId: null });
        }
      }
    }
  }
  for (const leave of leaves) {
    for (const s of byPerson.get(leave.personId) ?? []) {
      if (overlaps(s, leave))
        conflicts.push({ kind: 'ON_LEAVE', personId: leave.personId, shiftIds: [s.id], leaveId: leave.id });
    }
  }
  return conflicts;
}

/** The periods inside [from, to) when no shift covers the centre. */
export function findGaps(shifts: readonly ShiftLike[], range: Span): Span[] {
  const cover = shifts
    .filter((s) => coversTheCentre(s.kind))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const gaps: Span[] = [];
  let covered = range.startsAt;
  for (const s of cover) {
    if (s.endsAt <= covered) continue;
    if (s.startsAt >= range.endsAt) break;
    if (s.startsAt > covered) gaps.push({ startsAt: covered, endsAt: s.startsAt });
    covered = s.endsAt;
  }
  if (covered < range.endsAt) gaps.push({ startsAt: covered, endsAt: range.endsAt });
  return gaps;
}

export const conflictKey = (c: DutyConflict) => `${c.kind}:${c.shiftIds.join(',')}:${c.leaveId ?? ''}`;

/** The conflicts and gaps present after a change that were not there before it. */
export function introducedProblems(
  before: { conflicts: DutyConflict[]; gaps: Span[] },
  after: { conflicts: DutyConflict[]; gaps: Span[] },
): { conflicts: DutyConflict[]; gaps: Span[] } {
  const old = new Set(before.conflicts.map(conflictKey));
  const inOldGap = (g: Span) => before.gaps.some((o) => o.startsAt <= g.startsAt && g.endsAt <= o.endsAt);
  return {
    conflicts: after.conflicts.filter((c) => !old.has(conflictKey(c))),
    gaps: after.gaps.filter((g) => !inOldGap(g)),
  };
}

/** `NIGHT 12-03 17:30–12-04 08:30`: how a shift is named in messages, in Beijing time. */
export function describeShift(s: { kind: DutyShiftKind } & Span): string {
  const local = (d: Date) => new Date(d.getTime() + BEIJING_OFFSET_MS).toISOString().slice(5, 16).replace('T', ' ');
  return `${s.kind} ${local(s.startsAt)}–${local(s.endsAt)}`;
}
