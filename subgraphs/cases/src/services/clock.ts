import { type CaseClock, type CaseRow, deriveClock, warningColour, type WarningColour } from '@onedoor/db';
import type { Context } from '@onedoor/subgraph-kit';
import type { CasesLoaders } from '../loaders';

export interface ClockView extends CaseClock {
  overdue: boolean;
  warning: WarningColour;
}

/**
 * A case's clock, derived at read time from its events (batched per request), the holiday calendar
 * and the rules (each read once per request), at the injected `now`.
 */
export async function clockOf(ctx: Context<CasesLoaders>, row: CaseRow): Promise<ClockView> {
  const [events, calendar, rules] = await Promise.all([
    ctx.loaders.eventsByCase.load(row.id),
    ctx.loaders.calendar(),
    ctx.loaders.rules(),
  ]);
  const clock = deriveClock(events, calendar, rules, row.repeat);
  const now = ctx.clock.now();
  return {
    ...clock,
    overdue: clock.running && clock.deadlineAt.getTime() < now.getTime(),
    warning: warningColour(clock, now, rules),
  };
}
