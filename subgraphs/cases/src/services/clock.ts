/**
 * The case clocks (办理时限), derived from a case's event log and the holiday calendar, never stored as a
 * counter: a pause, an extension or a holiday added later gives a new answer the next time it is asked.
 * The rules are pure functions, shared with the demo seed (`@onedoor/cases/clock`) so both compute the same
 * deadlines; `clockOf` reads a case's clock for a request.
 */

import { addCalendarDays, addWorkingDays, DAY_MS, unmaintainedYears, type WorkCalendar } from '@onedoor/db';
import type { CaseRow } from '@onedoor/db/cases';
import type { CasesContext } from '../context';

/** The configurable limits (days) and warning thresholds; defaults are the statute's and the centres' usual ones. */
export const DEFAULT_CASE_RULES = {
  /** Register and transfer or assign within 15 days of receipt (Art. 22). */
  registerDays: 15,
  /** Decide whether to accept within 15 days of the transfer (Art. 23). */
  acceptDays: 15,
  /** Local rule: a first-time case (初信初访) is handled within 30 days of acceptance. */
  firstTimeDays: 30,
  /** Handle within 60 days of acceptance (Art. 34). */
  handleDays: 60,
  /** One extension of at most 30 days (Art. 34). */
  maxExtensionDays: 30,
  /** A routed unit may object to a mis-routing within 5 working days (Art. 23). */
  objectionWorkingDays: 5,
  /** Re-examination is requested within 30 days of the reply and answered within 30 (Art. 35). */
  reexaminationRequestDays: 30,
  reexaminationDays: 30,
  /** Review is requested within 30 days of the re-examination and answered within 30 (Art. 36). */
  reviewRequestDays: 30,
  reviewDays: 30,
  /** How far back repeat detection looks for earlier cases of the same petitioner. */
  repeatLookbackDays: 365,
  /** From this head count a case is a group petition (群体访). */
  groupHeadCount: 5,
  /** Warning colours: blue with this many days left or fewer, yellow with this many; red once overdue. */
  blueDays: 7,
  yellowDays: 3,
};
export type CaseRules = typeof DEFAULT_CASE_RULES;

/** The rules in force: what the admins changed (stored), the defaults for the rest. */
export const rulesInForce = (stored: Partial<CaseRules>): CaseRules => ({ ...DEFAULT_CASE_RULES, ...stored });

/** The events the clocks read; `data` as the transition engine writes it. */
export interface ClockEvent {
  kind: string;
  at: Date;
  data: Record<string, unknown>;
}

export type ClockStage = 'REGISTRATION' | 'ACCEPTANCE' | 'HANDLING' | 'REEXAMINATION' | 'REVIEW';
export type WarningColour = 'NONE' | 'BLUE' | 'YELLOW' | 'RED';

export interface CaseClock {
  /** The period the case is in, or the last one it was in once the clock stopped. */
  stage: ClockStage;
  startedAt: Date;
  deadlineAt: Date;
  /** Whether the clock still runs (it stops at a reply, a closure, a hand-over or a refusal). */
  running: boolean;
  /** Days added by the approved extension and by hearings. */
  addedDays: number;
  /** End of the window in which the routed unit may object; null unless routed and not yet accepted. */
  objectionWindowEndsAt: Date | null;
  /** Years the period reaches whose official schedule nobody maintains (their holidays are unknown). */
  unmaintainedCalendarYears: number[];
}

const numberOf = (v: unknown) => (typeof v === 'number' ? v : 0);

/** Walks the event log in order and returns the clock as it stands after the last event. */
export function deriveClock(
  events: readonly ClockEvent[],
  calendar: WorkCalendar,
  rules: CaseRules,
  repeat: boolean,
): CaseClock {
  const sorted = [...events].sort((a, b) => a.at.getTime() - b.at.getTime());
  const registered = sorted.find((e) => e.kind === 'REGISTERED')?.at ?? sorted[0]?.at ?? new Date(0);
  let stage: ClockStage = 'REGISTRATION';
  let startedAt = registered;
  let limit = rules.registerDays;
  let added = 0;
  let running = true;
  let routedAt: Date | null = null;
  for (const e of sorted) {
    switch (e.kind) {
      case 'ROUTED':
        [stage, startedAt, limit, added, routedAt] = ['ACCEPTANCE', e.at, rules.acceptDays, 0, e.at];
        break;
      case 'OBJECTED':
        // Only the lead unit's objection sends the case back to the centre's registration clock.
        if (e.data.lead !== false)
          [stage, startedAt, limit, added, routedAt] = ['REGISTRATION', registered, rules.registerDays, 0, null];
        break;
      case 'ACCEPTED':
        [stage, startedAt, limit, added, routedAt] = [
          'HANDLING',
          e.at,
          repeat ? rules.handleDays : rules.firstTimeDays,
          0,
          null,
        ];
        break;
      case 'EXTENDED':
      case 'HEARING':
        added += numberOf(e.data.days);
        break;
      case 'REPLIED':
      case 'CLOSED':
      case 'NOT_ACCEPTED':
      case 'HANDED_OVER':
      case 'OPINION_GIVEN':
        running = false;
        break;
      case 'CLOSURE_SENT_BACK':
        running = true;
        break;
      case 'REEXAMINATION_REQUESTED':
        [stage, startedAt, limit, added, running] = ['REEXAMINATION', e.at, rules.reexaminationDays, 0, true];
        break;
      case 'REVIEW_REQUESTED':
        [stage, startedAt, limit, added, running] = ['REVIEW', e.at, rules.reviewDays, 0, true];
        break;
      default:
        break;
    }
  }
  const deadlineAt = addCalendarDays(startedAt, limit + added, calendar);
  const objectionWindowEndsAt =
    routedAt && stage === 'ACCEPTANCE' ? addWorkingDays(routedAt, rules.objectionWorkingDays, calendar) : null;
  const lastDay = objectionWindowEndsAt && objectionWindowEndsAt > deadlineAt ? objectionWindowEndsAt : deadlineAt;
  return {
    stage,
    startedAt,
    deadlineAt,
    running,
    addedDays: added,
    objectionWindowEndsAt,
    unmaintainedCalendarYears: unmaintainedYears(startedAt, lastDay, calendar),
  };
}

/** The warning colour (时限预警) of a clock at `now`: none, blue, yellow as the deadline nears, red once passed. */
export function warningColour(clock: CaseClock, now: Date, rules: CaseRules): WarningColour {
  if (!clock.running) return 'NONE';
  const left = clock.deadlineAt.getTime() - now.getTime();
  if (left < 0) return 'RED';
  if (left <= rules.yellowDays * DAY_MS) return 'YELLOW';
  if (left <= rules.blueDays * DAY_MS) return 'BLUE';
  return 'NONE';
}

/**
 * Days left until the deadline (negative: days overdue), a part of a day counted as a whole one, as the warning
 * colours count: with `yellowDays` left or fewer a clock is yellow, below zero it is red. Null once stopped.
 */
export function daysLeft(clock: CaseClock, now: Date): number | null {
  if (!clock.running) return null;
  const left = clock.deadlineAt.getTime() - now.getTime();
  return left >= 0 ? Math.ceil(left / DAY_MS) : -Math.ceil(-left / DAY_MS);
}

export interface ClockView extends CaseClock {
  overdue: boolean;
  warning: WarningColour;
  daysLeft: number | null;
}

/**
 * A case's clock, derived at read time from its events (batched per request), the holiday calendar
 * and the rules (each read once per request), at the injected `now`.
 */
export async function clockOf({ ctx, row }: { ctx: CasesContext; row: CaseRow }): Promise<ClockView> {
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
    daysLeft: daysLeft(clock, now),
  };
}
