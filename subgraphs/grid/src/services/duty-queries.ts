import { DAY_MS } from '@onedoor/db';
import { createRosterRepository, type DutyShiftRow } from '@onedoor/db/grid';
import { badInput } from '@onedoor/subgraph-kit';
import type { GridContext } from '../context';
import { dutyCalendar } from './duty-calendar';
import { rosterState } from './duty-check';
import type { DutyConflict, Span } from './duty-rules';

const MAX_RANGE = 62 * DAY_MS;

function checkRange(range: Span): Span {
  if (range.endsAt <= range.startsAt)
    throw badInput('to', '`to` must come after `from`.', { reason: 'ENDS_BEFORE_START', params: { start: 'from' } });
  if (range.endsAt.getTime() - range.startsAt.getTime() > MAX_RANGE)
    throw badInput('to', 'Ask for at most 62 days at a time.', { reason: 'SPAN_TOO_LONG', params: { maxDays: 62 } });
  return range;
}

/** Who is on duty at a moment. */
export function onDuty({ at, ctx }: { at: Date; ctx: GridContext }): Promise<DutyShiftRow[]> {
  return createRosterRepository(ctx.db).shiftsAt(at);
}

/** The roster over a period with its conflicts and gaps. */
export async function checkDutyRoster({
  range,
  ctx,
}: {
  range: Span;
  ctx: GridContext;
}): Promise<{ shifts: DutyShiftRow[]; conflicts: DutyConflict[]; gaps: Span[] }> {
  const state = await rosterState(ctx.db, checkRange(range));
  const shifts = state.shifts.filter((s) => s.startsAt < range.endsAt && s.endsAt > range.startsAt);
  return { ...state, shifts };
}

/** Names of the people on the shifts, asked of the people subgraph as the caller in one request. */
async function personNames({ ctx, ids }: { ctx: GridContext; ids: string[] }): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const persons = await ctx.peers.entities<{ id: string; name: string }>('people', 'Person', ids, 'name');
  return new Map([...persons].map(([id, p]) => [id, p.name]));
}

/** The roster over a period as an iCalendar file, optionally one person's shifts only. */
export async function exportDutyCalendar({
  range,
  personId,
  ctx,
}: {
  range: Span;
  personId: string | null;
  ctx: GridContext;
}): Promise<string> {
  checkRange(range);
  const shifts = await createRosterRepository(ctx.db).shiftsOverlapping(range.startsAt, range.endsAt, personId);
  const names = await personNames({ ctx, ids: [...new Set(shifts.map((s) => s.personId))] });
  return dutyCalendar(shifts, names, ctx.clock.now());
}
