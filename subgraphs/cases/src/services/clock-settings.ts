import type { Executor } from '@onedoor/db';
import { type CalendarDayRow, type CaseEventRow, createCaseWorkflowRepository } from '@onedoor/db/cases';
import { badInput, type BaseContext } from '@onedoor/subgraph-kit';
import { type CaseRules, deriveClock, rulesInForce } from './clock';
import { auditedTransaction } from './audit';

/**
 * Deadlines are derived from events and the calendar; the stored `deadline_at` is only a projection
 * for sorting and filtering. When the calendar or the rules change, every open case's projection is
 * rewritten in the same transaction, so lists and the board follow at once.
 */
async function refreshOpenDeadlines(tx: Executor): Promise<number> {
  const workflow = createCaseWorkflowRepository(tx);
  const [open, stored, calendar] = await Promise.all([
    workflow.openCases(),
    workflow.storedRules(),
    workflow.calendar(),
  ]);
  const rules = rulesInForce(stored);
  const events = await workflow.eventsOf(open.map((c) => c.id));
  const byCase = new Map<string, CaseEventRow[]>();
  for (const e of events) byCase.set(e.caseId, [...(byCase.get(e.caseId) ?? []), e]);
  const changed = open
    .map((c) => ({
      id: c.id,
      before: c.deadlineAt,
      deadlineAt: deriveClock(byCase.get(c.id) ?? [], calendar, rules, c.repeat).deadlineAt,
    }))
    .filter((c) => c.before.getTime() !== c.deadlineAt.getTime());
  await workflow.setDeadlines(changed);
  return changed.length;
}

/** A change to the clocks' settings, the open deadlines it moved and its audit record, in one transaction. */
export function changeSettings<T>({
  ctx,
  action,
  entityType,
  change,
  settled,
}: {
  ctx: BaseContext;
  action: string;
  entityType: 'CalendarDay' | 'CalendarYear' | 'CaseRules';
  change: (tx: Executor) => Promise<{ result: T; data: Record<string, unknown>; moves: boolean }>;
  /** Sees the result and how many open deadlines moved, before the commit (a throw rolls everything back). */
  settled?: (result: T, deadlinesMoved: number) => T;
}): Promise<T> {
  return auditedTransaction({ ctx, action, entityType }, async (tx) => {
    const { result, data, moves } = await change(tx);
    const moved = moves ? await refreshOpenDeadlines(tx) : 0;
    const outcome = settled ? settled(result, moved) : result;
    return { result: outcome, entityId: null, data: { ...data, deadlinesMoved: moved } };
  });
}

/** The holiday calendar's days between two dates, inclusive. */
export function calendarDays({ ctx, from, to }: { ctx: BaseContext; from: string; to: string }) {
  return createCaseWorkflowRepository(ctx.db).calendarDays(from, to);
}

/** A public holiday or an exchanged working day (调休); every open clock follows. */
export function setCalendarDay({
  ctx,
  input,
}: {
  ctx: BaseContext;
  input: { date: string; kind: CalendarDayRow['kind']; name: string };
}) {
  const day: CalendarDayRow = { day: input.date, kind: input.kind, name: input.name };
  return changeSettings({
    ctx,
    action: 'setCalendarDay',
    entityType: 'CalendarDay',
    change: async (tx) => {
      await createCaseWorkflowRepository(tx).setCalendarDay(day.day, day.kind, day.name);
      return { result: day, data: { date: input.date, kind: input.kind, name: input.name }, moves: true };
    },
  });
}

/** Removes a day from the calendar; true when it was there (only then do clocks move). */
export function removeCalendarDay({ ctx, input }: { ctx: BaseContext; input: { date: string } }) {
  return changeSettings({
    ctx,
    action: 'removeCalendarDay',
    entityType: 'CalendarDay',
    change: async (tx) => {
      const removed = await createCaseWorkflowRepository(tx).removeCalendarDay(input.date);
      return { result: removed, data: { date: input.date, removed }, moves: removed };
    },
  });
}

/** New limits and thresholds over the ones in force; yellow must come after blue. Every open clock follows. */
export function updateCaseRules({ ctx, input }: { ctx: BaseContext; input: Partial<CaseRules> }) {
  return changeSettings({
    ctx,
    action: 'updateCaseRules',
    entityType: 'CaseRules',
    change: async (tx) => {
      const workflow = createCaseWorkflowRepository(tx);
      const rules = { ...rulesInForce(await workflow.storedRules()), ...input };
      if (rules.yellowDays > rules.blueDays)
        throw badInput('input.yellowDays', 'input.yellowDays must not exceed blueDays: yellow comes after blue.', {
          reason: 'TOO_LARGE',
          params: { max: rules.blueDays },
        });
      await workflow.saveRules(rules, ctx.clock.now());
      return { result: rules, data: { changes: input }, moves: true };
    },
  });
}
