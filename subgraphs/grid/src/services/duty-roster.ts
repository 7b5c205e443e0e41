import { createRosterRepository, type DutyShiftKind, type DutyShiftRow, type DutySwapRow } from '@onedoor/db';
import { badInput, type BaseContext, conflict, notFound, recordAudit } from '@onedoor/subgraph-kit';
import { refuseNewProblems, rosterState } from './duty-check';
import { addDays, describeShift, findConflicts, monthPattern, shanghaiMoment, type Span } from './duty-rules';

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

const LISTS: Record<DutyShiftKind, keyof RotationRule> = {
  WORK_HOURS: 'workHours',
  NOON: 'noon',
  NIGHT: 'night',
  WEEKEND_DAY: 'weekendDay',
  WEEKEND_LEADER: 'weekendLeaders',
};

/** Every person id must belong to a person of the people subgraph; the first unknown one is named by its field. */
export async function requirePersons(ctx: BaseContext, fields: [string, string][]): Promise<void> {
  const known = await ctx.peers.existing('people', 'Person', [...new Set(fields.map(([, id]) => id))]);
  const missing = fields.find(([, id]) => !known.has(id));
  if (missing) throw badInput(missing[0], `No person has the id '${missing[1]}': pick duty staff from persons.`);
}

export const monthSpan = (month: string): Span => ({
  startsAt: shanghaiMoment(`${month}-01`, '08:30'),
  // 08:30 on the first of the next month: the first plus 31 days always lands in the next month.
  endsAt: shanghaiMoment(`${addDays(`${month}-01`, 31).slice(0, 7)}-01`, '08:30'),
});

/**
 * Generates a month of shifts from a rotation rule: each shift goes to the next person of its list
 * who is free (not on leave, not booked, rested), so the month comes out without gap or conflict.
 * A month that already has shifts is replaced only when asked.
 */
export async function generateDutyMonth({
  rule,
  ctx,
}: {
  rule: RotationRule;
  ctx: BaseContext;
}): Promise<DutyShiftRow[]> {
  await requirePersons(
    ctx,
    Object.values(LISTS).flatMap((list) =>
      (rule[list] as string[]).map((id, i): [string, string] => [`input.${list}.${i}`, id]),
    ),
  );
  const span = monthSpan(rule.month);
  return ctx.db.transaction(async (tx) => {
    const repo = createRosterRepository(tx);
    await repo.lockDutyRoster();
    const existing = await repo.shiftsOverlapping(span.startsAt, span.endsAt);
    const inMonth = existing.filter((s) => s.startsAt >= span.startsAt && s.startsAt < span.endsAt);
    if (inMonth.length > 0 && !rule.replace) {
      throw conflict(`${rule.month} already has ${inMonth.length} shifts: pass replace: true to generate it anew.`);
    }
    const outside = existing.filter((s) => !inMonth.includes(s));
    const leaves = await repo.leavesOverlapping(new Date(span.startsAt.getTime() - 86_400_000), span.endsAt);
    const planned = assign(rule, outside, leaves);
    await repo.deleteShiftsStarting(span.startsAt, span.endsAt);
    const rows = await repo.insertShifts(planned, ctx.clock.now());
    await recordAudit(tx, ctx, {
      subgraph: 'grid',
      action: 'generateDutyMonth',
      entityType: 'DutyShift',
      entityId: null,
      data: { month: rule.month, shifts: rows.length, replaced: inMonth.length },
    });
    return rows.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  });
}

function assign(rule: RotationRule, fixed: DutyShiftRow[], leaves: Parameters<typeof findConflicts>[1]) {
  const taken: (DutyShiftRow | Omit<DutyShiftRow, 'createdAt' | 'updatedAt' | 'note' | 'version'>)[] = [...fixed];
  const turn: Partial<Record<DutyShiftKind, number>> = {};
  const dayHolder = new Map<string, string>();
  const planned: { kind: DutyShiftKind; personId: string; startsAt: Date; endsAt: Date }[] = [];
  for (const slot of monthPattern(rule.month)) {
    const list = rule[LISTS[slot.kind]] as string[];
    if (list.length === 0)
      throw badInput(`input.${LISTS[slot.kind]}`, `Name at least one person for ${slot.kind} shifts.`);
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

/** Adds one shift; refused if it double-books someone, falls on their leave or cuts their rest. */
export async function addDutyShift({
  input,
  ctx,
}: {
  input: { kind: DutyShiftKind; personId: string; startsAt: Date; endsAt: Date; note?: string | null };
  ctx: BaseContext;
}): Promise<DutyShiftRow> {
  await requirePersons(ctx, [['input.personId', input.personId]]);
  return ctx.db.transaction(async (tx) => {
    const repo = createRosterRepository(tx);
    await repo.lockDutyRoster();
    const before = await rosterState(tx, input);
    const [row] = await repo.insertShifts([{ ...input, note: input.note ?? null }], ctx.clock.now());
    refuseNewProblems(before, await rosterState(tx, input), `Adding ${describeShift(input)}`);
    await recordAudit(tx, ctx, {
      subgraph: 'grid',
      action: 'addDutyShift',
      entityType: 'DutyShift',
      entityId: row!.id,
      data: { kind: input.kind, personId: input.personId },
    });
    return row!;
  });
}

async function currentShift(
  repo: ReturnType<typeof createRosterRepository>,
  id: string,
  version: number,
): Promise<DutyShiftRow> {
  const [shift] = await repo.shiftsByIds([id]);
  if (!shift) throw notFound('Duty shift', id, 'input.id');
  if (shift.version !== version)
    throw conflict(`Shift ${id} was changed by someone else (now version ${shift.version}): reload it and try again.`);
  return shift;
}

const union = (a: Span, b: Span): Span => ({
  startsAt: a.startsAt < b.startsAt ? a.startsAt : b.startsAt,
  endsAt: a.endsAt > b.endsAt ? a.endsAt : b.endsAt,
});

/** Changes who takes a shift or when it runs; refused with CONFLICT if that creates a conflict or a gap. */
export async function updateDutyShift({
  input,
  ctx,
}: {
  input: {
    id: string;
    version: number;
    personId?: string | null;
    startsAt?: Date | null;
    endsAt?: Date | null;
    note?: string | null;
  };
  ctx: BaseContext;
}): Promise<DutyShiftRow> {
  if (input.personId) await requirePersons(ctx, [['input.personId', input.personId]]);
  return ctx.db.transaction(async (tx) => {
    const repo = createRosterRepository(tx);
    await repo.lockDutyRoster();
    const shift = await currentShift(repo, input.id, input.version);
    const next = { startsAt: input.startsAt ?? shift.startsAt, endsAt: input.endsAt ?? shift.endsAt };
    if (next.endsAt <= next.startsAt)
      throw badInput(
        input.endsAt ? 'input.endsAt' : 'input.startsAt',
        `A shift must end after it starts; it would run ${next.startsAt.toISOString()} to ${next.endsAt.toISOString()}.`,
      );
    const range = union(shift, next);
    const before = await rosterState(tx, range);
    const row = (await repo.updateShift(
      shift.id,
      shift.version,
      {
        ...next,
        personId: input.personId ?? shift.personId,
        ...(input.note !== undefined ? { note: input.note } : {}),
      },
      ctx.clock.now(),
    ))!;
    refuseNewProblems(before, await rosterState(tx, range), `Changing ${describeShift(shift)} (${shift.id})`);
    await recordAudit(tx, ctx, {
      subgraph: 'grid',
      action: 'updateDutyShift',
      entityType: 'DutyShift',
      entityId: shift.id,
      data: {
        from: { personId: shift.personId, startsAt: shift.startsAt, endsAt: shift.endsAt },
        to: { personId: row.personId, startsAt: row.startsAt, endsAt: row.endsAt },
      },
    });
    return row;
  });
}

/** Removes a shift; refused when nobody else covers its hours. */
export async function removeDutyShift({
  input,
  ctx,
}: {
  input: { id: string; version: number };
  ctx: BaseContext;
}): Promise<DutyShiftRow> {
  return ctx.db.transaction(async (tx) => {
    const repo = createRosterRepository(tx);
    await repo.lockDutyRoster();
    const shift = await currentShift(repo, input.id, input.version);
    const before = await rosterState(tx, shift);
    await repo.deleteShift(shift.id, shift.version);
    refuseNewProblems(before, await rosterState(tx, shift), `Removing ${describeShift(shift)} (${shift.id})`);
    await recordAudit(tx, ctx, {
      subgraph: 'grid',
      action: 'removeDutyShift',
      entityType: 'DutyShift',
      entityId: shift.id,
      data: { kind: shift.kind, personId: shift.personId },
    });
    return shift;
  });
}

/** Two people change places on two shifts, approved by the signed-in leader; recorded with who approved. */
export async function swapDutyShifts({
  input,
  ctx,
}: {
  input: { firstShiftId: string; secondShiftId: string; reason?: string | null };
  ctx: BaseContext;
}): Promise<DutySwapRow> {
  if (input.firstShiftId === input.secondShiftId)
    throw badInput('input.secondShiftId', 'Pick two different shifts to swap.');
  return ctx.db.transaction(async (tx) => {
    const repo = createRosterRepository(tx);
    await repo.lockDutyRoster();
    const shifts = await repo.shiftsByIds([input.firstShiftId, input.secondShiftId]);
    const first = shifts.find((s) => s.id === input.firstShiftId);
    const second = shifts.find((s) => s.id === input.secondShiftId);
    if (!first) throw badInput('input.firstShiftId', `No duty shift has the id '${input.firstShiftId}'.`);
    if (!second) throw badInput('input.secondShiftId', `No duty shift has the id '${input.secondShiftId}'.`);
    if (first.personId === second.personId)
      throw badInput('input.secondShiftId', 'Both shifts belong to the same person: nothing to swap.');
    const range = union(first, second);
    const before = await rosterState(tx, range);
    const now = ctx.clock.now();
    await repo.updateShift(first.id, first.version, { personId: second.personId }, now);
    await repo.updateShift(second.id, second.version, { personId: first.personId }, now);
    refuseNewProblems(
      before,
      await rosterState(tx, range),
      `Swapping ${describeShift(first)} and ${describeShift(second)}`,
    );
    const swap = await repo.insertSwap(
      {
        firstShiftId: first.id,
        secondShiftId: second.id,
        firstPersonId: first.personId,
        secondPersonId: second.personId,
        approvedByAccountId: ctx.viewer!.accountId,
        reason: input.reason ?? null,
      },
      now,
    );
    await recordAudit(tx, ctx, {
      subgraph: 'grid',
      action: 'swapDutyShifts',
      entityType: 'DutySwap',
      entityId: swap.id,
      data: { firstShiftId: first.id, secondShiftId: second.id },
    });
    return swap;
  });
}

/** Records a person's leave; shifts it overlaps show as conflicts in the roster check until reassigned. */
export async function recordDutyLeave({
  input,
  ctx,
}: {
  input: { personId: string; startsAt: Date; endsAt: Date; reason?: string | null };
  ctx: BaseContext;
}) {
  await requirePersons(ctx, [['input.personId', input.personId]]);
  return ctx.db.transaction(async (tx) => {
    const leave = await createRosterRepository(tx).insertLeave(
      { ...input, reason: input.reason ?? null },
      ctx.clock.now(),
    );
    await recordAudit(tx, ctx, {
      subgraph: 'grid',
      action: 'recordDutyLeave',
      entityType: 'DutyLeave',
      entityId: leave.id,
      data: { personId: input.personId },
    });
    return leave;
  });
}
