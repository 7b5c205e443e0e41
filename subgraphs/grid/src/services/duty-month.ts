import { beijingMoment, DAY_MS, HOUR_MS } from '@onedoor/db';
import { createRosterRepository, type DutyShiftKind, type DutyShiftRow } from '@onedoor/db/grid';
import { badInput, conflict } from '@onedoor/subgraph-kit';
import type { GridCall } from '../context';
import { changeGrid } from './audit';
import {
  describeShift,
  findConflicts,
  findGaps,
  firstOfNextMonth,
  type LeaveLike,
  monthPattern,
  type PatternShift,
  type Span,
} from './duty-rules';
import { workingCalendarAround } from './working-calendar';
import { requirePersons } from './references';

/** Who takes which shifts of a month, each list in rotation order. */
export interface RotationRule {
  month: string;
  workHours: string[];
  noon: string[];
  night: string[];
  weekendDay: string[];
  weekendLeaders: string[];
  replace: boolean;
}

type RotationList = 'workHours' | 'noon' | 'night' | 'weekendDay' | 'weekendLeaders';

const LISTS: Record<DutyShiftKind, RotationList> = {
  WORK_HOURS: 'workHours',
  NOON: 'noon',
  NIGHT: 'night',
  WEEKEND_DAY: 'weekendDay',
  WEEKEND_LEADER: 'weekendLeaders',
};

/** A month is its days, midnight to midnight in Beijing: the shifts that start in it are its own. */
const monthSpan = (month: string): Span => ({
  startsAt: beijingMoment(`${month}-01`),
  endsAt: beijingMoment(firstOfNextMonth(month)),
});

/** The night hours 00:00–08:30 of a day. */
const earlyHours = (at: Date): Span => ({ startsAt: at, endsAt: new Date(at.getTime() + 8.5 * HOUR_MS) });

/** Whether the given shifts leave no minute of the span uncovered. */
const covered = (shifts: readonly DutyShiftRow[], span: Span) => findGaps(shifts, span).length === 0;

/**
 * Generates a month of shifts from a rotation rule: each shift goes to the next person of its list
 * who is free (not on leave, not booked, rested), so the month comes out without gap or conflict.
 * A month that already has shifts is replaced only when asked.
 */
export async function generateDutyMonth({ input: rule, ctx }: GridCall<RotationRule>): Promise<DutyShiftRow[]> {
  await requirePersons({
    ctx,
    refs: Object.values(LISTS).flatMap((list) => rule[list].map((id, i) => [`input.${list}.${i}`, id] as const)),
    hint: 'pick duty staff from persons',
  });
  const span = monthSpan(rule.month);
  const calendar = await workingCalendarAround(ctx, rule.month);
  return changeGrid(ctx, 'generateDutyMonth', async (tx) => {
    const repo = createRosterRepository(tx);
    await repo.lockDutyRoster();
    const existing = await repo.shiftsOverlapping(span.startsAt, earlyHours(span.endsAt).endsAt);
    const inMonth = existing.filter((s) => s.startsAt >= span.startsAt && s.startsAt < span.endsAt);
    if (inMonth.length > 0 && !rule.replace) {
      throw conflict(`${rule.month} already has ${inMonth.length} shifts: pass replace: true to generate it anew.`);
    }
    const outside = existing.filter((s) => !inMonth.includes(s));
    const leaves = await repo.leavesOverlapping(
      new Date(span.startsAt.getTime() - DAY_MS),
      earlyHours(span.endsAt).endsAt,
    );
    const edges = {
      coverFirstNight: !covered(outside, earlyHours(span.startsAt)),
      lastNightEndsAtMidnight: covered(outside, earlyHours(span.endsAt)),
    };
    const planned = assign(rule, monthPattern(rule.month, calendar, edges), outside, leaves);
    await repo.deleteShiftsStarting(span.startsAt, span.endsAt);
    const rows = await repo.insertShifts(planned, ctx.clock.now());
    return {
      result: rows.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()),
      entityId: null,
      data: { month: rule.month, shifts: rows.length, replaced: inMonth.length },
    };
  });
}

function assign(rule: RotationRule, pattern: PatternShift[], fixed: DutyShiftRow[], leaves: readonly LeaveLike[]) {
  const taken: (DutyShiftRow | Omit<DutyShiftRow, 'createdAt' | 'updatedAt' | 'note' | 'version'>)[] = [...fixed];
  const turn: Partial<Record<DutyShiftKind, number>> = {};
  const dayHolder = new Map<string, string>();
  const planned: { kind: DutyShiftKind; personId: string; startsAt: Date; endsAt: Date }[] = [];
  for (const slot of pattern) {
    const list = rule[LISTS[slot.kind]];
    if (list.length === 0)
      throw badInput(`input.${LISTS[slot.kind]}`, `Name at least one person for ${slot.kind} shifts.`, {
        reason: 'TOO_FEW',
        params: { min: 1 },
      });
    // Both work-hours halves of a day go to the same officer when possible.
    const sameDay = slot.kind === 'WORK_HOURS' ? dayHolder.get(slot.day) : undefined;
    const start = turn[slot.kind] ?? 0;
    const order = [...(sameDay ? [sameDay] : []), ...list.map((_, i) => list[(start + i) % list.length]!)];
    const fits = (personId: string) => {
      const candidate = { id: `planned-${planned.length}`, ...slot, personId };
      return !findConflicts(
        [...taken.filter((t) => t.personId === personId), candidate],
        leaves.filter((l) => l.personId === personId),
      ).some((c) => c.shiftIds.includes(candidate.id));
    };
    const personId = order.find(fits);
    if (!personId) {
      throw conflict(
        `Nobody in ${LISTS[slot.kind]} is free for ${describeShift(slot)}: everyone is on leave, booked or resting. Add people to that list.`,
      );
    }
    if (personId !== sameDay) turn[slot.kind] = (list.indexOf(personId) + 1) % list.length;
    if (slot.kind === 'WORK_HOURS') dayHolder.set(slot.day, personId);
    const shift = { kind: slot.kind, personId, startsAt: slot.startsAt, endsAt: slot.endsAt };
    planned.push(shift);
    taken.push({ id: `planned-${planned.length}`, ...shift });
  }
  return planned;
}
