import { DAY_MS, type Executor } from '@onedoor/db';
import { createRosterRepository, type DutyShiftRow } from '@onedoor/db/grid';
import { conflict } from '@onedoor/subgraph-kit';
import {
  describeShift,
  type DutyConflict,
  findConflicts,
  findGaps,
  introducedProblems,
  REST_AFTER_LONG,
  type ShiftLike,
  type Span,
} from './duty-rules';

/** Shifts can run up to two days (the weekend leader); a window this much wider sees every neighbour. */
const MARGIN = 3 * DAY_MS;

export interface RosterState {
  shifts: DutyShiftRow[];
  conflicts: DutyConflict[];
  gaps: Span[];
}

/** Loads the roster around [from, to) and finds its conflicts and gaps there. */
export async function rosterState(db: Executor, range: Span): Promise<RosterState> {
  const repo = createRosterRepository(db);
  const wide = {
    startsAt: new Date(range.startsAt.getTime() - MARGIN),
    endsAt: new Date(range.endsAt.getTime() + MARGIN + REST_AFTER_LONG),
  };
  const [shifts, leaves] = await Promise.all([
    repo.shiftsOverlapping(wide.startsAt, wide.endsAt),
    repo.leavesOverlapping(range.startsAt, range.endsAt),
  ]);
  const touches = (c: DutyConflict) =>
    c.shiftIds.some((id) => {
      const s = shifts.find((x) => x.id === id)!;
      return s.startsAt < range.endsAt && s.endsAt > range.startsAt;
    });
  return { shifts, conflicts: findConflicts(shifts, leaves).filter(touches), gaps: findGaps(shifts, range) };
}

/**
 * Applies a roster change (`changed` says what it was, for the refusal) and refuses it if it made a new
 * conflict or gap around `range`, naming the shifts involved; the refusal rolls the transaction back.
 * Problems already there before the change do not block it (they show in `dutyRosterCheck`).
 */
export async function withoutNewProblems<T>(
  db: Executor,
  range: Span,
  changed: string,
  apply: () => Promise<T>,
): Promise<T> {
  const before = await rosterState(db, range);
  const result = await apply();
  refuseNewProblems(before, await rosterState(db, range), changed);
  return result;
}

function refuseNewProblems(before: RosterState, after: RosterState, changed: string): void {
  const added = introducedProblems(before, after);
  if (added.conflicts.length === 0 && added.gaps.length === 0) return;
  const byId = new Map<string, ShiftLike>(after.shifts.map((s) => [s.id, s]));
  for (const s of before.shifts) if (!byId.has(s.id)) byId.set(s.id, s);
  const named = (id: string) => `${describeShift(byId.get(id)!)} (${id})`;
  const parts = [
    ...added.conflicts.map((c) => `${c.kind} for person ${c.personId}: ${c.shiftIds.map(named).join(' and ')}`),
    ...added.gaps.map((g) => `nobody on duty from ${g.startsAt.toISOString()} to ${g.endsAt.toISOString()}`),
  ];
  const shiftIds = [...new Set(added.conflicts.flatMap((c) => c.shiftIds))];
  throw conflict(`${changed} would leave the duty roster with ${parts.join('; ')}. Nothing was changed.`, {
    shiftIds,
    conflicts: added.conflicts.map((c) => ({ kind: c.kind, personId: c.personId, shiftIds: c.shiftIds })),
    gaps: added.gaps.map((g) => ({ startsAt: g.startsAt.toISOString(), endsAt: g.endsAt.toISOString() })),
  });
}
