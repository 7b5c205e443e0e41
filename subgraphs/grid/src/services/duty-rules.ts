import { addDays, BEIJING_OFFSET_MS, beijingMoment, HOUR_MS, isoWeekday } from '@onedoor/db';
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

/**
 * The shift pattern of a month: on weekdays work hours 08:30–12:00 and 14:00–17:30 with a named officer
 * at noon and at night (17:30–08:30); on weekends a day officer 08:30–17:30 and a night officer, and one
 * leader on call from Saturday 08:30 to Monday 08:30 (领导轮流带班). Cover runs without a break from the
 * first day 08:30 to 08:30 after the last day.
 */
export function monthPattern(month: string): PatternShift[] {
  const first = `${month}-01`;
  const shifts: PatternShift[] = [];
  const at = (day: string, from: string, to: string, kind: DutyShiftKind, nextDay = 0) =>
    shifts.push({ kind, day, startsAt: beijingMoment(day, from), endsAt: beijingMoment(addDays(day, nextDay), to) });
  for (let day = first; day.startsWith(month); day = addDays(day, 1)) {
    const weekday = isoWeekday(day);
    if (weekday >= 6) {
      if (weekday === 6) at(day, '08:30', '08:30', 'WEEKEND_LEADER', 2);
      at(day, '08:30', '17:30', 'WEEKEND_DAY');
    } else {
      at(day, '08:30', '12:00', 'WORK_HOURS');
      at(day, '12:00', '14:00', 'NOON');
      at(day, '14:00', '17:30', 'WORK_HOURS');
    }
    at(day, '17:30', '08:30', 'NIGHT', 1);
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
