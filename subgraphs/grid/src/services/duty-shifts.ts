import type { Transaction } from '@onedoor/db';
import {
  createRosterRepository,
  type DutyLeaveRow,
  type DutyShiftKind,
  type DutyShiftRow,
  type DutySwapRow,
  type RosterRepository,
} from '@onedoor/db/grid';
import { badInput } from '@onedoor/subgraph-kit';
import type { GridCall, GridContext } from '../context';
import { changeGrid, type GridAction, type GridChange } from './audit';
import { withoutNewProblems } from './duty-check';
import { describeShift, type Span } from './duty-rules';
import { requirePersons } from './references';
import { loadAsRead } from './as-read';

const DUTY_STAFF = 'pick duty staff from persons';

/** A roster change (see `changeGrid`) under the roster lock, so two edits checked apart cannot clash. */
function changeRoster<T>(
  ctx: GridContext,
  action: GridAction,
  change: (repo: RosterRepository, tx: Transaction) => Promise<GridChange<T>>,
): Promise<T> {
  return changeGrid(ctx, action, async (tx) => {
    const repo = createRosterRepository(tx);
    await repo.lockDutyRoster();
    return change(repo, tx);
  });
}

const union = (a: Span, b: Span): Span => ({
  startsAt: a.startsAt < b.startsAt ? a.startsAt : b.startsAt,
  endsAt: a.endsAt > b.endsAt ? a.endsAt : b.endsAt,
});

/** Adds one shift; refused if it double-books someone, falls on their leave or cuts their rest. */
export async function addDutyShift({
  input,
  ctx,
}: GridCall<{
  kind: DutyShiftKind;
  personId: string;
  startsAt: Date;
  endsAt: Date;
  note?: string | null;
}>): Promise<DutyShiftRow> {
  await requirePersons({ ctx, refs: [['input.personId', input.personId]], hint: DUTY_STAFF });
  return changeRoster(ctx, 'addDutyShift', async (repo, tx) => {
    const [row] = await withoutNewProblems(tx, input, `Adding ${describeShift(input)}`, () =>
      repo.insertShifts([{ ...input, note: input.note ?? null }], ctx.clock.now()),
    );
    return { result: row!, entityId: row!.id, data: { kind: input.kind, personId: input.personId } };
  });
}

export interface UpdateDutyShiftInput {
  id: string;
  version: number;
  personId?: string | null;
  startsAt?: Date | null;
  endsAt?: Date | null;
  note?: string | null;
}

/** Changes who takes a shift or when it runs; refused with CONFLICT if that creates a conflict or a gap. */
export async function updateDutyShift({ input, ctx }: GridCall<UpdateDutyShiftInput>): Promise<DutyShiftRow> {
  if (input.personId) await requirePersons({ ctx, refs: [['input.personId', input.personId]], hint: DUTY_STAFF });
  return changeRoster(ctx, 'updateDutyShift', async (repo, tx) => {
    const shift = await loadAsRead({ what: 'Duty shift', changed: 'Shift' }, input, repo.shiftsByIds);
    const next = { startsAt: input.startsAt ?? shift.startsAt, endsAt: input.endsAt ?? shift.endsAt };
    if (next.endsAt <= next.startsAt)
      throw badInput(
        input.endsAt ? 'input.endsAt' : 'input.startsAt',
        `A shift must end after it starts; it would run ${next.startsAt.toISOString()} to ${next.endsAt.toISOString()}.`,
        { reason: 'ENDS_BEFORE_START', params: { start: 'startsAt' } },
      );
    const patch = { ...next, personId: input.personId ?? shift.personId };
    const row = (await withoutNewProblems(
      tx,
      union(shift, next),
      `Changing ${describeShift(shift)} (${shift.id})`,
      () =>
        repo.updateShift(
          shift.id,
          shift.version,
          input.note !== undefined ? { ...patch, note: input.note } : patch,
          ctx.clock.now(),
        ),
    ))!;
    return {
      result: row,
      entityId: shift.id,
      data: {
        from: { personId: shift.personId, startsAt: shift.startsAt, endsAt: shift.endsAt },
        to: { personId: row.personId, startsAt: row.startsAt, endsAt: row.endsAt },
      },
    };
  });
}

/** Removes a shift; refused when nobody else covers its hours. */
export async function removeDutyShift({
  input,
  ctx,
}: GridCall<{ id: string; version: number }>): Promise<DutyShiftRow> {
  return changeRoster(ctx, 'removeDutyShift', async (repo, tx) => {
    const shift = await loadAsRead({ what: 'Duty shift', changed: 'Shift' }, input, repo.shiftsByIds);
    await withoutNewProblems(tx, shift, `Removing ${describeShift(shift)} (${shift.id})`, () =>
      repo.deleteShift(shift.id, shift.version),
    );
    return { result: shift, entityId: shift.id, data: { kind: shift.kind, personId: shift.personId } };
  });
}

/** Two people change places on two shifts, approved by the signed-in leader; recorded with who approved. */
export async function swapDutyShifts({
  input,
  ctx,
}: GridCall<{ firstShiftId: string; secondShiftId: string; reason?: string | null }>): Promise<DutySwapRow> {
  if (input.firstShiftId === input.secondShiftId)
    throw badInput('input.secondShiftId', 'Pick two different shifts to swap.', {
      reason: 'SAME_AS',
      params: { other: 'firstShiftId' },
    });
  return changeRoster(ctx, 'swapDutyShifts', async (repo, tx) => {
    const shifts = await repo.shiftsByIds([input.firstShiftId, input.secondShiftId]);
    const first = shifts.find((s) => s.id === input.firstShiftId);
    const second = shifts.find((s) => s.id === input.secondShiftId);
    if (!first)
      throw badInput('input.firstShiftId', `No duty shift has the id '${input.firstShiftId}'.`, {
        reason: 'NOT_FOUND',
      });
    if (!second)
      throw badInput('input.secondShiftId', `No duty shift has the id '${input.secondShiftId}'.`, {
        reason: 'NOT_FOUND',
      });
    if (first.personId === second.personId)
      throw badInput('input.secondShiftId', 'Both shifts belong to the same person: nothing to swap.');
    const now = ctx.clock.now();
    await withoutNewProblems(
      tx,
      union(first, second),
      `Swapping ${describeShift(first)} and ${describeShift(second)}`,
      async () => {
        await repo.updateShift(first.id, first.version, { personId: second.personId }, now);
        await repo.updateShift(second.id, second.version, { personId: first.personId }, now);
      },
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
    return { result: swap, entityId: swap.id, data: { firstShiftId: first.id, secondShiftId: second.id } };
  });
}

/** Records a person's leave; shifts it overlaps show as conflicts in the roster check until reassigned. */
export async function recordDutyLeave({
  input,
  ctx,
}: GridCall<{ personId: string; startsAt: Date; endsAt: Date; reason?: string | null }>): Promise<DutyLeaveRow> {
  await requirePersons({ ctx, refs: [['input.personId', input.personId]], hint: DUTY_STAFF });
  return changeGrid(ctx, 'recordDutyLeave', async (tx) => {
    const leave = await createRosterRepository(tx).insertLeave(
      { ...input, reason: input.reason ?? null },
      ctx.clock.now(),
    );
    return { result: leave, entityId: leave.id, data: { personId: input.personId } };
  });
}
