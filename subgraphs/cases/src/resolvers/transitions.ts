import { CLOSURE_OUTCOMES, HANDLING_MODES, LEGAL_CHANNELS, type Role, SATISFACTIONS } from '@onedoor/db';
import {
  type BaseContext,
  type Context,
  optionalText,
  parseInput,
  requireRole,
  text,
  uuid,
} from '@onedoor/subgraph-kit';
import { z } from 'zod';
import type { CasesLoaders } from '../loaders';
import { APPROVERS, CENTRE, WORKERS } from '../roles';
import {
  giveOpinion,
  recordFollowUp,
  recordHearing,
  requestReexamination,
  requestReview,
  reviewClosure,
} from '../services/evaluation';
import { assignMediator, extendDeadline, recordHandlingStep, replyToCase, setHandlingMode } from '../services/handling';
import { acceptCase, declineCase, handOverToLegalChannel, objectToRouting, routeCase } from '../services/routing';

const ref = { caseId: uuid(), expectedVersion: z.number().int().min(1) };
const STEPS = [
  'MET_PETITIONER',
  'INVESTIGATED',
  'PROPOSED_SOLUTION',
  'APPOINTMENT',
  'JOINT_RECEPTION',
  'MEDIATION_SESSION',
  'SUPERVISION_NOTICE',
  'OTHER',
] as const;

/**
 * One mutation per edge of the case state machine: who may take it, what its input must hold, and the
 * service that applies it. Every one of them runs through `applyTransition`.
 */
function mutation<S extends z.ZodRawShape>(
  name: string,
  roles: readonly Role[],
  shape: S,
  run: (ctx: BaseContext, input: z.infer<z.ZodObject<S & typeof ref>>) => Promise<unknown>,
) {
  const schema = z.object({ ...ref, ...shape });
  return (_: unknown, args: { input: unknown }, ctx: Context<CasesLoaders>) => {
    requireRole(ctx.viewer, roles, name);
    return run(ctx, parseInput(schema, args.input));
  };
}

export const transitionMutations = {
  routeCase: mutation(
    'routeCase',
    CENTRE,
    {
      leadUnitId: uuid(),
      otherUnitIds: z
        .array(uuid())
        .max(20)
        .nullish()
        .transform((v) => v ?? []),
      reason: text(2000),
    },
    routeCase,
  ),
  objectToRouting: mutation('objectToRouting', WORKERS, { unitId: uuid(), reason: text(2000) }, objectToRouting),
  acceptCase: mutation('acceptCase', WORKERS, { note: optionalText(2000) }, acceptCase),
  declineCase: mutation('declineCase', WORKERS, { reason: text(2000) }, declineCase),
  handOverToLegalChannel: mutation(
    'handOverToLegalChannel',
    CENTRE,
    { legalChannel: z.enum(LEGAL_CHANNELS), receivingUnitId: uuid(), reason: text(2000) },
    handOverToLegalChannel,
  ),
  recordHandlingStep: mutation(
    'recordHandlingStep',
    [...WORKERS, 'MEDIATOR'],
    {
      step: z.enum(STEPS),
      note: text(5000),
      appointmentKind: z.enum(['NAMED', 'VIDEO', 'PHONE', 'ONLINE', 'LEADER']).nullish(),
      scheduledAt: z.date().nullish(),
      place: optionalText(200),
      attendees: z.array(text(100)).max(50).nullish(),
      mediationOutcome: z
        .enum([
          'AGREEMENT',
          'FACT_CONFIRMATION',
          'JUDICIAL_CONFIRMATION_REQUESTED',
          'FAILED_TO_LITIGATION',
          'ADJOURNED',
        ])
        .nullish(),
      dueAt: z.date().nullish(),
    },
    recordHandlingStep,
  ),
  setHandlingMode: mutation(
    'setHandlingMode',
    APPROVERS,
    { mode: z.enum(HANDLING_MODES), ownerId: uuid().nullish(), workFund: z.bigint().nullish(), reason: text(2000) },
    setHandlingMode,
  ),
  assignMediator: mutation('assignMediator', CENTRE, { mediatorId: uuid() }, assignMediator),
  extendDeadline: mutation(
    'extendDeadline',
    APPROVERS,
    { days: z.number().int().min(1, 'must be at least 1 day'), reason: text(2000) },
    extendDeadline,
  ),
  replyToCase: mutation(
    'replyToCase',
    WORKERS,
    {
      text: text(10_000),
      public: z
        .boolean()
        .nullish()
        .transform((v) => v ?? true),
    },
    replyToCase,
  ),
  recordFollowUp: mutation(
    'recordFollowUp',
    CENTRE,
    { satisfaction: z.enum(SATISFACTIONS), note: optionalText(2000) },
    recordFollowUp,
  ),
  reviewClosure: mutation(
    'reviewClosure',
    APPROVERS,
    {
      decision: z.enum(['CLOSE', 'SEND_BACK']),
      outcome: z.enum(CLOSURE_OUTCOMES).nullish(),
      reason: optionalText(2000),
    },
    reviewClosure,
  ),
  requestReexamination: mutation(
    'requestReexamination',
    CENTRE,
    { unitId: uuid(), reason: text(2000) },
    requestReexamination,
  ),
  requestReview: mutation('requestReview', CENTRE, { unitId: uuid(), reason: text(2000) }, requestReview),
  giveOpinion: mutation(
    'giveOpinion',
    APPROVERS,
    {
      text: text(10_000),
      public: z
        .boolean()
        .nullish()
        .transform((v) => v ?? true),
    },
    giveOpinion,
  ),
  recordHearing: mutation(
    'recordHearing',
    APPROVERS,
    { days: z.number().int().min(1).max(365), note: optionalText(2000) },
    recordHearing,
  ),
};
