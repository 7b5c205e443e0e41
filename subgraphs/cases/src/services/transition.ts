import type { Executor, WorkCalendar } from '@onedoor/db';
import { type CasePatch, type CaseRow, type CaseStatus, createCaseWorkflowRepository } from '@onedoor/db/cases';
import { type BaseContext, conflict, notFound } from '@onedoor/subgraph-kit';
import { type CaseRules, deriveClock, rulesInForce } from './clock';
import { type Edge, LIFECYCLE, type TransitionKind } from './lifecycle';
import { canSee, resolveScope } from './visibility';
import { auditedTransaction } from './audit';

/** Every transition names the case and the version its caller last read. */
export interface CaseRef {
  caseId: string;
  expectedVersion: number;
}

/** What a transition's service receives: the request context and its checked input. */
export interface TransitionCall<I> {
  ctx: BaseContext;
  input: CaseRef & I;
}

export interface TransitionFacts {
  row: CaseRow;
  events: { kind: string; at: Date; data: Record<string, unknown> }[];
  rules: CaseRules;
  calendar: WorkCalendar;
  now: Date;
}

export interface TransitionPlan {
  /** What the event records (the timeline reads it). */
  data: Record<string, unknown>;
  /** The status afterwards, where the transition's rule decides it rather than its edge in `LIFECYCLE`. */
  to?: CaseStatus;
  /** Projection columns the transition changes besides status, deadline and version. */
  patch?: CasePatch;
  /** Further writes in the same transaction (routing units, objections …). */
  after?: (tx: Executor, row: CaseRow) => Promise<void>;
}

/** One transition: the case and the version the caller read, and the event it writes (its edge in `LIFECYCLE`). */
export interface TransitionSpec {
  ctx: BaseContext;
  input: CaseRef;
  kind: TransitionKind;
}

const list = (s: readonly string[]) => s.join(', ');

/**
 * Applies one transition in one transaction: locks the case, refuses a stale version or an illegal
 * start status with CONFLICT, lets `decide` apply the transition's own rules (throw `conflict` to refuse,
 * nothing is written), appends the event, rewrites the projection (status, derived deadline, version) and
 * records the audit event. Any refusal rolls everything back.
 */
export async function applyTransition(
  { ctx, input, kind }: TransitionSpec,
  decide: (facts: TransitionFacts) => TransitionPlan | Promise<TransitionPlan>,
): Promise<CaseRow> {
  const edge: Edge = LIFECYCLE[kind];
  const scope = await resolveScope({ ctx });
  return auditedTransaction({ ctx, action: edge.action, entityType: 'Case' }, async (tx) => {
    const workflow = createCaseWorkflowRepository(tx);
    const row = await workflow.lock(input.caseId);
    const units = row ? (await workflow.unitsOf([row.id])).map((u) => u.organisationId) : [];
    if (!row || !canSee(scope, row, units)) throw notFound('Case', input.caseId, 'input.caseId');
    if (row.version !== input.expectedVersion) {
      throw conflict(
        `Case ${row.number} changed since you read it (version ${input.expectedVersion}, now ${row.version}). Reload it and try again.`,
        { currentVersion: row.version },
      );
    }
    if (!edge.from.includes(row.status)) {
      throw conflict(
        `${edge.action} is not allowed while case ${row.number} is ${row.status}; it needs one of: ${list(edge.from)}.`,
        { status: row.status },
      );
    }
    const [events, stored, calendar] = await Promise.all([
      workflow.eventsOf([row.id]),
      workflow.storedRules(),
      workflow.calendar(),
    ]);
    const rules = rulesInForce(stored);
    const now = ctx.clock.now();
    const plan = await decide({ row, events, rules, calendar, now });
    const event = await workflow.appendEvent({
      caseId: row.id,
      kind,
      at: now,
      actorAccountId: ctx.viewer?.accountId ?? null,
      data: plan.data,
    });
    const patch = { ...plan.patch };
    const status = plan.to ?? edge.to ?? row.status;
    const clock = deriveClock([...events, event], calendar, rules, patch.repeat ?? row.repeat);
    const updated = await workflow.update(row.id, row.version, {
      ...patch,
      status,
      deadlineAt: clock.deadlineAt,
      updatedAt: now,
    });
    if (!updated) throw conflict(`Case ${row.number} changed while this was being saved. Reload it and try again.`);
    await plan.after?.(tx, updated);
    return {
      result: updated,
      entityId: row.id,
      data: { number: row.number, event: kind, from: row.status, to: status, version: updated.version },
    };
  });
}

/** The last event of a kind, or undefined. */
export function lastEvent(events: TransitionFacts['events'], kind: string) {
  return events.filter((e) => e.kind === kind).at(-1);
}
