import { MINUTE_MS } from '@onedoor/db';
import { type CaseRow, createCasesRepository } from '@onedoor/db/cases';
import type { CasesContext } from '../context';
import { clockOf } from './clock';
import { optionalRef } from './entity-refs';

const WINDOW_MS = 15 * MINUTE_MS;
const MAX_FAILURES = 10;
/** Failed attempts per tracking code; process-local, enough to stop guessing a phone's last four digits. */
const failures = new Map<string, number[]>();

const MAX_TRACKED_CODES = 10_000;

function limited(code: string, now: number): boolean {
  // Forget stale entries now and then, so guessing many codes cannot grow the map without bound.
  if (failures.size > MAX_TRACKED_CODES) {
    for (const [key, times] of failures) if (times.every((t) => now - t >= WINDOW_MS)) failures.delete(key);
  }
  const recent = (failures.get(code) ?? []).filter((t) => now - t < WINDOW_MS);
  failures.set(code, recent);
  return recent.length >= MAX_FAILURES;
}

/**
 * Public tracking: a wrong code, a wrong phone and a rate-limited code all answer the same `null`,
 * so the answer never tells which part was wrong.
 */
export async function trackCase({ ctx, ...args }: { ctx: CasesContext; trackingCode: string; phoneLast4: string }) {
  const code = args.trackingCode.trim().toUpperCase();
  const now = ctx.clock.now().getTime();
  if (limited(code, now)) return null;
  const row = await createCasesRepository(ctx.db).findByTrackingCode(code);
  if (!row || row.contactPhoneLast4 !== args.phoneLast4.trim()) {
    failures.get(code)!.push(now);
    return null;
  }
  return progressOf({ ctx, row });
}

async function progressOf({ ctx, row }: { ctx: CasesContext; row: CaseRow }) {
  const [clock, events] = await Promise.all([clockOf({ ctx, row }), ctx.loaders.eventsByCase.load(row.id)]);
  return {
    number: row.number,
    status: row.status,
    stage: clock.stage,
    receivedAt: row.receivedAt,
    deadlineAt: clock.deadlineAt,
    overdue: clock.overdue,
    responsibleUnit: optionalRef('Organisation', row.responsibleOrganisationId),
    replies: events
      .filter((e) => e.data.public === true && typeof e.data.note === 'string')
      .map((e) => ({ at: e.at, text: e.data.note as string })),
    updatedAt: row.updatedAt,
  };
}
