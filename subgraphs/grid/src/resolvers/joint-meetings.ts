import { beijingDate } from '@onedoor/db';
import { defineMutation, optionalText, parseInput, text, uuid } from '@onedoor/subgraph-kit';
import { z } from 'zod';
import type { Resolvers } from '../generated/resolvers';
import { referenced, referencedOne } from '../loaders';
import { CENTRE, DECISION_FOLLOWERS, MEETING_READERS } from '../roles';
import {
  listJointMeetings,
  listMeetingDecisions,
  recordDecisionFollowUp,
  recordMeetingDecision,
  scheduleJointMeeting,
} from '../services/joint-meetings';
import { defineQuery } from './queries';

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
const decisionInput = z.object({
  meetingId: uuid(),
  text: text(1000),
  ownerOrganisationId: uuid(),
  dueOn: z.string(),
});
const followUpInput = z.object({ decisionId: uuid(), note: text(1000), done: z.boolean() });
const decisionFilter = z
  .object({ ownerOrganisationId: uuid().nullish(), open: z.boolean().nullish(), overdue: z.boolean().nullish() })
  .nullish()
  .transform((f) => f ?? {});

/** Joint meetings (联席会议) and the decisions they hand to organisations. */
export const jointMeetingResolvers: Resolvers = {
  Query: {
    jointMeetings: defineQuery({ roles: MEETING_READERS, run: listJointMeetings }),
    meetingDecisions: defineQuery({
      roles: MEETING_READERS,
      run: ({ ctx, args }) => {
        const f = parseInput(decisionFilter, args.filter, 'filter');
        const filter = {
          ownerOrganisationId: f.ownerOrganisationId,
          open: f.open,
          dueBefore: f.overdue ? beijingDate(ctx.clock.now()) : null,
        };
        return listMeetingDecisions({ args: { ...args, filter }, ctx });
      },
    }),
  },
  Mutation: {
    scheduleJointMeeting: defineMutation({
      roles: CENTRE,
      input: scheduleInput,
      run: scheduleJointMeeting,
    }),
    recordMeetingDecision: defineMutation({
      roles: CENTRE,
      input: decisionInput,
      run: recordMeetingDecision,
    }),
    recordDecisionFollowUp: defineMutation({
      roles: DECISION_FOLLOWERS,
      input: followUpInput,
      run: recordDecisionFollowUp,
    }),
  },
  JointMeeting: {
    organisations: (m, _, ctx) => referenced(ctx.loaders.organisationById, m.organisationIds),
    decisions: (m, _, ctx) => ctx.loaders.decisionsOfMeeting.load(m.id),
  },
  MeetingDecision: {
    owner: (d, _, ctx) => referencedOne(ctx.loaders.organisationById, d.ownerOrganisationId),
    overdue: (d, _, ctx) => !d.doneAt && d.dueOn < beijingDate(ctx.clock.now()),
  },
};
