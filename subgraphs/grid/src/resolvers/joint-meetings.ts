import type { JointMeetingRow, MeetingDecisionRow } from '@onedoor/db';
import { type Context, optionalText, type PageArgs, parseInput, requireRole, text, uuid } from '@onedoor/subgraph-kit';
import { z } from 'zod';
import type { GridLoaders } from '../loaders';
import { shanghaiDate } from '../services/duty-rules';
import {
  listJointMeetings,
  listMeetingDecisions,
  recordDecisionFollowUp,
  recordMeetingDecision,
  scheduleJointMeeting,
} from '../services/joint-meetings';

type Ctx = Context<GridLoaders>;

const MEETING_READERS = ['ADMIN', 'CENTRE_STAFF', 'LEADER', 'HANDLER', 'AUDITOR'] as const;
const MEETING_ORGANISERS = ['ADMIN', 'CENTRE_STAFF', 'LEADER'] as const;

const scheduleInput = z.object({
  title: text(200),
  scheduledAt: z.date(),
  place: optionalText(200),
  organisationIds: z.array(uuid()).min(1, 'name at least one organisation').max(100),
  topics: z
    .array(
      z.object({ kind: z.enum(['HOT_CATEGORY', 'OVERDUE_CASES', 'OTHER']), text: text(200), refId: uuid().nullish() }),
    )
    .max(50),
});
const decisionInput = z.object({ meetingId: uuid(), text: text(1000), ownerOrganisationId: uuid(), dueOn: z.string() });
const followUpInput = z.object({ decisionId: uuid(), note: text(1000), done: z.boolean() });
const decisionFilter = z
  .object({ ownerOrganisationId: uuid().nullish(), open: z.boolean().nullish(), overdue: z.boolean().nullish() })
  .nullish()
  .transform((f) => f ?? {});

export const jointMeetingResolvers = {
  Query: {
    jointMeetings: (_: unknown, args: PageArgs, ctx: Ctx) => {
      requireRole(ctx.viewer, MEETING_READERS, 'jointMeetings');
      return listJointMeetings({ args, ctx });
    },
    meetingDecisions: (_: unknown, args: PageArgs & { filter?: unknown }, ctx: Ctx) => {
      requireRole(ctx.viewer, MEETING_READERS, 'meetingDecisions');
      const f = parseInput(decisionFilter, args.filter, 'filter');
      const filter = {
        ownerOrganisationId: f.ownerOrganisationId,
        open: f.open,
        dueBefore: f.overdue ? shanghaiDate(ctx.clock.now()) : null,
      };
      return listMeetingDecisions({ args: { ...args, filter }, ctx });
    },
  },
  Mutation: {
    scheduleJointMeeting: (_: unknown, args: { input: unknown }, ctx: Ctx) => {
      requireRole(ctx.viewer, MEETING_ORGANISERS, 'scheduleJointMeeting');
      return scheduleJointMeeting({ input: parseInput(scheduleInput, args.input), ctx });
    },
    recordMeetingDecision: (_: unknown, args: { input: unknown }, ctx: Ctx) => {
      requireRole(ctx.viewer, MEETING_ORGANISERS, 'recordMeetingDecision');
      return recordMeetingDecision({ input: parseInput(decisionInput, args.input), ctx });
    },
    recordDecisionFollowUp: (_: unknown, args: { input: unknown }, ctx: Ctx) => {
      requireRole(ctx.viewer, [...MEETING_ORGANISERS, 'HANDLER'], 'recordDecisionFollowUp');
      return recordDecisionFollowUp({ input: parseInput(followUpInput, args.input), ctx });
    },
  },
  JointMeeting: {
    organisations: (m: JointMeetingRow, _: unknown, ctx: Ctx) =>
      ctx.loaders.organisationById.loadMany(m.organisationIds),
    decisions: (m: JointMeetingRow, _: unknown, ctx: Ctx) => ctx.loaders.decisionsOfMeeting.load(m.id),
  },
  MeetingDecision: {
    owner: (d: MeetingDecisionRow, _: unknown, ctx: Ctx) => ctx.loaders.organisationById.load(d.ownerOrganisationId),
    overdue: (d: MeetingDecisionRow, _: unknown, ctx: Ctx) => !d.doneAt && d.dueOn < shanghaiDate(ctx.clock.now()),
  },
};
