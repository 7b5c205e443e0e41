import { DAY_MS } from '@onedoor/db';
import { type ClosureOutcome, createCaseWorkflowRepository, type Satisfaction } from '@onedoor/db/cases';
import { badInput, conflict } from '@onedoor/subgraph-kit';
import { requireOrganisations } from './routing';
import { applyTransition, lastEvent, type TransitionCall, type TransitionFacts } from './transition';

/** The follow-up visit (回访) with the satisfaction rating: only once the case has been replied to. */
export function recordFollowUp({ ctx, input }: TransitionCall<{ satisfaction: Satisfaction; note?: string | null }>) {
  return applyTransition({ ctx, input, kind: 'FOLLOWED_UP' }, () => ({
    data: { satisfaction: input.satisfaction, note: input.note ?? null },
    patch: { satisfaction: input.satisfaction },
  }));
}

/** Closure review (结案审查): a reviewer closes the followed-up case or sends it back to handling. */
export function reviewClosure({
  ctx,
  input,
}: TransitionCall<{ decision: 'CLOSE' | 'SEND_BACK'; outcome?: ClosureOutcome | null; reason?: string | null }>) {
  if (input.decision === 'CLOSE') {
    if (!input.outcome)
      throw badInput('input.outcome', 'input.outcome: say how the case ended to close it.', { reason: 'REQUIRED' });
    const outcome = input.outcome;
    return applyTransition({ ctx, input, kind: 'CLOSED' }, ({ now }) => ({
      data: { outcome, reason: input.reason ?? null },
      patch: { outcome, closedAt: now },
    }));
  }
  if (!input.reason)
    throw badInput('input.reason', 'input.reason: say why the case goes back to handling.', { reason: 'REQUIRED' });
  return applyTransition({ ctx, input, kind: 'CLOSURE_SENT_BACK' }, () => ({
    data: { reason: input.reason },
    patch: { repliedAt: null },
  }));
}

type Reopening = TransitionCall<{ unitId: string; reason: string }>;

/** Re-examination (复查, Art. 35): within the request window after the reply, one level up. */
export function requestReexamination({ ctx, input }: Reopening) {
  return reopenCase({ ctx, input, kind: 'REEXAMINATION_REQUESTED', level: 1 }, ({ row, events, rules, now }) => {
    if (row.level !== 0) throw conflict(`Case ${row.number} has been re-examined already; request a review instead.`);
    const reply = lastEvent(events, 'REPLIED');
    if (!reply) throw conflict(`Case ${row.number} has no written reply to re-examine.`);
    requireWithin(reply.at, rules.reexaminationRequestDays, now, 're-examination', 'the reply');
  });
}

/** Review (复核, Art. 36): within the request window after the re-examination opinion, one more level up. */
export function requestReview({ ctx, input }: Reopening) {
  return reopenCase({ ctx, input, kind: 'REVIEW_REQUESTED', level: 2 }, ({ row, events, rules, now }) => {
    if (row.level !== 1) {
      throw conflict(
        row.level === 0
          ? `Case ${row.number} has not been re-examined; request re-examination first.`
          : `Case ${row.number} has been reviewed: the matter is final.`,
      );
    }
    requireWithin(
      lastEvent(events, 'OPINION_GIVEN')!.at,
      rules.reviewRequestDays,
      now,
      'review',
      'the re-examination opinion',
    );
  });
}

/** The re-examination or review opinion; after review the same facts are not accepted again. */
export function giveOpinion({ ctx, input }: TransitionCall<{ text: string; public: boolean }>) {
  return applyTransition({ ctx, input, kind: 'OPINION_GIVEN' }, ({ row, now }) => ({
    data: { note: input.text, public: input.public, level: row.level },
    patch: { final: row.status === 'REVIEWING', closedAt: now },
  }));
}

/** A hearing during re-examination or review: its days are not counted (Art. 36). */
export function recordHearing({ ctx, input }: TransitionCall<{ days: number; note?: string | null }>) {
  return applyTransition({ ctx, input, kind: 'HEARING' }, () => ({
    data: { days: input.days, note: input.note ?? null },
  }));
}

function requireWithin(since: Date, days: number, now: Date, what: string, after: string) {
  const end = new Date(since.getTime() + days * DAY_MS);
  if (now > end) throw conflict(`The ${what} window closed at ${end.toISOString()} (${days} days after ${after}).`);
}

/**
 * Re-examination and review reopen the case one level up, led by the unit the input names (which must exist);
 * `allow` refuses a request its own rules (level, window) do not allow.
 */
async function reopenCase(
  { ctx, input, kind, level }: Reopening & { kind: 'REEXAMINATION_REQUESTED' | 'REVIEW_REQUESTED'; level: number },
  allow: (facts: TransitionFacts) => void,
) {
  await requireOrganisations({ ctx, ids: [input.unitId], field: () => 'input.unitId' });
  return applyTransition({ ctx, input, kind }, (facts) => {
    allow(facts);
    const caseId = facts.row.id;
    return {
      data: { organisationId: input.unitId, reason: input.reason, level },
      patch: { level, responsibleOrganisationId: input.unitId, outcome: null, closedAt: null },
      after: async (tx) => {
        const workflow = createCaseWorkflowRepository(tx);
        const units = (await workflow.unitsOf([caseId])).filter((u) => u.organisationId !== input.unitId);
        await workflow.replaceUnits(caseId, [
          { organisationId: input.unitId, lead: true },
          ...units.map((u) => ({ organisationId: u.organisationId, lead: false })),
        ]);
      },
    };
  });
}
