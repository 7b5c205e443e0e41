import { DAY_MS } from '@onedoor/db';
import type { ClockCondition, DeadlineWindow } from '@onedoor/db/cases';
import { badInput } from '@onedoor/subgraph-kit';
import type { CaseRules, WarningColour } from './clock';

/** The clock filters of `CaseFilter`. */
export interface ClockFilter {
  warning?: readonly WarningColour[] | null;
  overdue?: boolean | null;
  daysLeftAtMost?: number | null;
}

/** Windows that touch made one (yellow and red: everything up to the end of yellow), so one index range serves them. */
function joined(windows: readonly DeadlineWindow[]): DeadlineWindow[] {
  const start = (w: DeadlineWindow) => w.from?.getTime() ?? -Infinity;
  const end = (w: DeadlineWindow) => w.to?.getTime() ?? Infinity;
  const out: DeadlineWindow[] = [];
  for (const w of [...windows].sort((a, b) => start(a) - start(b))) {
    const last = out.at(-1);
    if (last && start(w) <= end(last))
      out[out.length - 1] = { from: last.from, to: end(w) > end(last) ? w.to : last.to };
    else out.push(w);
  }
  return out;
}

/** How far either way `daysLeftAtMost` may look: ten years. */
const MAX_DAYS = 3650;

/**
 * The clock filters as conditions on the deadline projection at `now`, with the same thresholds and edges as
 * the warning colour (`warningColour` in clock.ts): red once the deadline has passed, yellow with at most
 * `yellowDays` left, blue with at most `blueDays`, none when further or when the clock has stopped.
 */
export function clockConditions({
  filter,
  now,
  rules,
}: {
  filter: ClockFilter;
  now: Date;
  rules: Pick<CaseRules, 'blueDays' | 'yellowDays'>;
}): ClockCondition[] {
  // `to` excludes, so a bound the colour includes ("at most n days left") ends one millisecond later.
  const at = (days: number, inclusive = false) => new Date(now.getTime() + days * DAY_MS + (inclusive ? 1 : 0));
  const colours: Record<WarningColour, ClockCondition> = {
    RED: { windows: [{ to: now }], stopped: false },
    YELLOW: { windows: [{ from: now, to: at(rules.yellowDays, true) }], stopped: false },
    BLUE: { windows: [{ from: at(rules.yellowDays, true), to: at(rules.blueDays, true) }], stopped: false },
    NONE: { windows: [{ from: at(Math.max(rules.blueDays, rules.yellowDays), true) }], stopped: true },
  };
  const conditions: ClockCondition[] = [];
  if (filter.warning?.length) {
    const chosen = [...new Set(filter.warning)].map((c) => colours[c]);
    conditions.push({
      windows: joined(chosen.flatMap((c) => c.windows)),
      stopped: chosen.some((c) => c.stopped),
    });
  }
  if (filter.overdue === true) conditions.push(colours.RED);
  if (filter.overdue === false) conditions.push({ windows: [{ from: now }], stopped: true });
  if (filter.daysLeftAtMost !== null && filter.daysLeftAtMost !== undefined) {
    const days = filter.daysLeftAtMost;
    if (!Number.isInteger(days) || Math.abs(days) > MAX_DAYS)
      throw badInput(
        'filter.daysLeftAtMost',
        `filter.daysLeftAtMost: must be a whole number of days between -${MAX_DAYS} and ${MAX_DAYS}`,
      );
    conditions.push({ windows: [{ to: at(days, true) }], stopped: false });
  }
  return conditions;
}
