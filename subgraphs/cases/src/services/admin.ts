import { type CategoryRow, createCasesRepository, createCaseWorkflowRepository, type Executor } from '@onedoor/db';
import { type CaseRules, deriveClock, rulesInForce } from './clock';
import { badInput, type BaseContext, conflict, notFound, recordAudit } from '@onedoor/subgraph-kit';

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
  const byCase = new Map<string, typeof events>();
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

export function setCalendarDay(ctx: BaseContext, input: { date: string; kind: 'HOLIDAY' | 'WORKDAY'; name: string }) {
  return ctx.db.transaction(async (tx) => {
    await createCaseWorkflowRepository(tx).setCalendarDay(input.date, input.kind, input.name);
    const moved = await refreshOpenDeadlines(tx);
    await recordAudit(tx, ctx, {
      subgraph: 'cases',
      action: 'setCalendarDay',
      entityType: 'CalendarDay',
      entityId: null,
      data: { ...input, deadlinesMoved: moved },
    });
    return { day: input.date, kind: input.kind, name: input.name };
  });
}

export function removeCalendarDay(ctx: BaseContext, date: string) {
  return ctx.db.transaction(async (tx) => {
    const removed = await createCaseWorkflowRepository(tx).removeCalendarDay(date);
    const moved = removed ? await refreshOpenDeadlines(tx) : 0;
    await recordAudit(tx, ctx, {
      subgraph: 'cases',
      action: 'removeCalendarDay',
      entityType: 'CalendarDay',
      entityId: null,
      data: { date, removed, deadlinesMoved: moved },
    });
    return removed;
  });
}

export function updateCaseRules(ctx: BaseContext, changes: Partial<CaseRules>) {
  return ctx.db.transaction(async (tx) => {
    const workflow = createCaseWorkflowRepository(tx);
    const rules = { ...rulesInForce(await workflow.storedRules()), ...changes };
    if (rules.yellowDays > rules.blueDays)
      throw badInput('input.yellowDays', 'input.yellowDays must not exceed blueDays: yellow comes after blue.');
    await workflow.saveRules(rules, ctx.clock.now());
    const moved = await refreshOpenDeadlines(tx);
    await recordAudit(tx, ctx, {
      subgraph: 'cases',
      action: 'updateCaseRules',
      entityType: 'CaseRules',
      entityId: null,
      data: { changes, deadlinesMoved: moved },
    });
    return rules;
  });
}

export async function createCategory(
  ctx: BaseContext,
  input: { code: string; name: string; parentId?: string | null },
): Promise<CategoryRow> {
  const repo = createCasesRepository(ctx.db);
  if (input.parentId) {
    const [parent] = await repo.categoriesByIds([input.parentId]);
    if (!parent) throw badInput('input.parentId', `Unknown category '${input.parentId}'.`);
    if (parent.parentId)
      throw badInput('input.parentId', 'The taxonomy has two levels: the parent must be a top-level category.');
  }
  return ctx.db.transaction(async (tx) => {
    const categories = createCasesRepository(tx);
    const clash = await categories.categoryByCode(input.code);
    if (clash)
      throw conflict(`A category with code '${input.code}' exists already (${clash.name}).`, { field: 'input.code' });
    const row = await categories.insertCategory({
      code: input.code,
      name: input.name,
      parentId: input.parentId ?? null,
      sortOrder: 1000,
    });
    await recordAudit(tx, ctx, {
      subgraph: 'cases',
      action: 'createCategory',
      entityType: 'Category',
      entityId: row!.id,
      data: input,
    });
    return row!;
  });
}

export function changeCategory(
  ctx: BaseContext,
  id: string,
  change: { name?: string; active?: boolean },
  action: string,
): Promise<CategoryRow> {
  return ctx.db.transaction(async (tx) => {
    const row = await createCasesRepository(tx).updateCategory(id, { ...change, updatedAt: ctx.clock.now() });
    if (!row) throw notFound('Category', id, 'id');
    await recordAudit(tx, ctx, { subgraph: 'cases', action, entityType: 'Category', entityId: id, data: change });
    return row;
  });
}
