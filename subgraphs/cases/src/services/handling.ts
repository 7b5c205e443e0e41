import type { HandlingMode } from '@onedoor/db/cases';
import { badInput, conflict } from '@onedoor/subgraph-kit';
import { applyTransition, type TransitionCall } from './transition';

export interface HandlingStep {
  step: string;
  note: string;
  appointmentKind?: string | null;
  scheduledAt?: Date | null;
  place?: string | null;
  attendees?: string[] | null;
  mediationOutcome?: string | null;
  dueAt?: Date | null;
}

/** What each kind of step must say: an appointment its kind, a mediation its outcome, a supervision notice its due date. */
const REQUIRED: Partial<Record<string, keyof HandlingStep>> = {
  APPOINTMENT: 'appointmentKind',
  MEDIATION_SESSION: 'mediationOutcome',
  SUPERVISION_NOTICE: 'dueAt',
};

/** A handling step on the timeline; the first one moves an accepted case into handling. */
export function recordHandlingStep({ ctx, input }: TransitionCall<HandlingStep>) {
  const required = REQUIRED[input.step];
  if (required && !input[required])
    throw badInput(`input.${required}`, `input.${required} is required for a ${input.step} step.`, {
      reason: 'REQUIRED',
    });
  const { caseId: _c, expectedVersion: _v, scheduledAt, dueAt, ...rest } = input;
  return applyTransition({ ctx, input, kind: 'HANDLING_STEP' }, ({ row }) => ({
    data: { ...rest, scheduledAt: scheduledAt?.toISOString() ?? null, dueAt: dueAt?.toISOString() ?? null },
    to: row.status === 'ACCEPTED' ? 'IN_HANDLING' : row.status,
  }));
}

/** The handling mode; a leader owns leader-owned and listed hard cases, and a listed one carries work funds. */
export async function setHandlingMode({
  ctx,
  input,
}: TransitionCall<{ mode: HandlingMode; ownerId?: string | null; workFund?: bigint | null; reason: string }>) {
  const needsOwner = input.mode === 'LEADER_OWNED' || input.mode === 'LISTED_HARD_CASE';
  if (needsOwner && !input.ownerId)
    throw badInput('input.ownerId', `input.ownerId: a ${input.mode} case needs the leader who owns it.`, {
      reason: 'REQUIRED',
    });
  if (input.mode === 'LISTED_HARD_CASE' && (input.workFund === null || input.workFund === undefined)) {
    throw badInput('input.workFund', 'input.workFund: a listed hard case needs its work-fund amount (fen).', {
      reason: 'REQUIRED',
    });
  }
  if (input.workFund !== null && input.workFund !== undefined && input.workFund < 0n)
    throw badInput('input.workFund', 'input.workFund cannot be negative.', { reason: 'TOO_SMALL', params: { min: 0 } });
  if (input.ownerId) {
    const known = await ctx.peers.existing('people', 'Person', [input.ownerId]);
    if (!known.has(input.ownerId))
      throw badInput('input.ownerId', `No person with id '${input.ownerId}'.`, { reason: 'NOT_FOUND' });
  }
  return applyTransition({ ctx, input, kind: 'MODE_SET' }, () => ({
    data: {
      mode: input.mode,
      ownerPersonId: input.ownerId ?? null,
      workFund: input.workFund?.toString() ?? null,
      reason: input.reason,
    },
    patch: { handlingMode: input.mode, ownerPersonId: input.ownerId ?? null, workFundFen: input.workFund ?? null },
  }));
}

/** A mediator (a pool membership, owned by people) takes the case on. */
export async function assignMediator({ ctx, input }: TransitionCall<{ mediatorId: string }>) {
  const known = await ctx.peers.existing('people', 'Mediator', [input.mediatorId]);
  if (!known.has(input.mediatorId))
    throw badInput(
      'input.mediatorId',
      `No mediator with id '${input.mediatorId}'. Use an id from the mediators query.`,
      { reason: 'NOT_FOUND' },
    );
  return applyTransition({ ctx, input, kind: 'MEDIATOR_ASSIGNED' }, () => ({
    data: { mediatorId: input.mediatorId },
    patch: { mediatorId: input.mediatorId },
  }));
}

/** The one extension (Art. 34): approved by a leader, at most the configured days, never twice. */
export function extendDeadline({ ctx, input }: TransitionCall<{ days: number; reason: string }>) {
  return applyTransition({ ctx, input, kind: 'EXTENDED' }, ({ row, events, rules }) => {
    if (events.some((e) => e.kind === 'EXTENDED'))
      throw conflict(`Case ${row.number} has had its one extension already (Art. 34).`);
    if (input.days > rules.maxExtensionDays) {
      throw conflict(
        `An extension is at most ${rules.maxExtensionDays} days; ${input.days} were asked.`,
        {
          field: 'input.days',
        },
        { reason: 'TOO_LARGE', params: { max: rules.maxExtensionDays } },
      );
    }
    return { data: { days: input.days, reason: input.reason } };
  });
}

/** The written reply (书面答复); the handling clock stops. */
export function replyToCase({ ctx, input }: TransitionCall<{ text: string; public: boolean }>) {
  return applyTransition({ ctx, input, kind: 'REPLIED' }, ({ now }) => ({
    data: { note: input.text, public: input.public },
    patch: { repliedAt: now },
  }));
}
