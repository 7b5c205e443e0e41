import { GRID_EVENT_STATUSES } from '@onedoor/db/grid';
import { defineMutation, optionalText, parseInput, phone, text, uuid } from '@onedoor/subgraph-kit';
import { z } from 'zod';
import type { Resolvers } from '../generated/resolvers';
import { referencedOne } from '../loaders';
import { CENTRE_OFFICE, EVENT_READERS, EVENT_RESPONDERS, EVENT_WORKERS } from '../roles';
import { escalateGridEvent } from '../services/escalate-grid-event';
import { gridEventFor, isOverdue, listGridEvents } from '../services/grid-event-queries';
import {
  disposeGridEvent,
  recordGridEventFeedback,
  reportGridEvent,
  respondToGridEvent,
  whistleGridEvent,
} from '../services/grid-events';
import { defineQuery } from './queries';

const photo = z.object({
  url: text(500),
  caption: optionalText(200).transform((v) => v || null),
  takenAt: z
    .date()
    .nullish()
    .transform((d) => d?.toISOString() ?? null),
});
const reportInput = z.object({
  gridUnitId: uuid(),
  categoryId: uuid(),
  title: text(200),
  description: text(5000),
  place: optionalText(200),
  longitude: z.number().min(-180).max(180).nullish(),
  latitude: z.number().min(-90).max(90).nullish(),
  photos: z.array(photo).max(20, 'at most 20 photos').nullish(),
  occurredAt: z.date().nullish(),
});
/** Every later step names the event and the version the caller read. */
const step = <T extends z.ZodRawShape>(fields: T) => z.object({ id: uuid(), version: z.number().int(), ...fields });
const disposeInput = step({ disposal: text(2000) });
const whistleInput = step({
  organisationId: uuid(),
  respondWithinHours: z.number().int().min(1, 'must be at least 1').max(720, 'must be at most 720 (30 days)'),
});
const respondInput = step({ response: text(2000) });
const feedbackInput = step({ feedback: text(2000), satisfied: z.boolean() });
const escalateInput = step({
  petitionerIds: z.array(uuid()).min(1, 'name at least one petitioner').max(500),
  contactPhone: phone(),
  title: optionalText(200),
});
const gridEventFilter = z
  .object({
    status: z.array(z.enum(GRID_EVENT_STATUSES)).nullish(),
    withinId: uuid().nullish(),
    organisationId: uuid().nullish(),
    overdue: z.boolean().nullish(),
  })
  .nullish()
  .transform((f) => f ?? {});

/** Grid events (网格事件): report, disposal or whistle, response, feedback, escalation into a case. */
export const gridEventResolvers: Resolvers = {
  Query: {
    gridEvent: defineQuery({
      roles: EVENT_READERS,
      run: ({ ctx, args }) => gridEventFor({ ctx, id: parseInput(uuid(), args.id, 'id') }),
    }),
    gridEvents: defineQuery({
      roles: EVENT_READERS,
      run: ({ ctx, args }) =>
        listGridEvents({ args: { ...args, filter: parseInput(gridEventFilter, args.filter, 'filter') }, ctx }),
    }),
  },
  Mutation: {
    reportGridEvent: defineMutation({
      roles: EVENT_WORKERS,
      input: reportInput,
      run: reportGridEvent,
    }),
    disposeGridEvent: defineMutation({
      roles: EVENT_WORKERS,
      input: disposeInput,
      run: disposeGridEvent,
    }),
    whistleGridEvent: defineMutation({
      roles: EVENT_WORKERS,
      input: whistleInput,
      run: whistleGridEvent,
    }),
    respondToGridEvent: defineMutation({
      roles: EVENT_RESPONDERS,
      input: respondInput,
      run: respondToGridEvent,
    }),
    recordGridEventFeedback: defineMutation({
      roles: EVENT_WORKERS,
      input: feedbackInput,
      run: recordGridEventFeedback,
    }),
    escalateGridEvent: defineMutation({
      roles: CENTRE_OFFICE,
      input: escalateInput,
      run: escalateGridEvent,
    }),
  },
  GridEvent: {
    __resolveReference: (ref, ctx) => ctx.loaders.gridEventById.load(ref.id),
    gridUnit: (e, _, ctx) => referencedOne(ctx.loaders.gridUnitById, e.gridUnitId),
    overdue: (e, _, ctx) => isOverdue(e, ctx.clock.now()),
    reportedBy: (e) => (e.reportedByAccountId ? { __typename: 'Account', id: e.reportedByAccountId } : null),
    whistledTo: (e, _, ctx) =>
      e.whistledToOrganisationId ? ctx.loaders.organisationById.load(e.whistledToOrganisationId) : null,
    case: (e) => (e.caseId ? { __typename: 'Case', id: e.caseId } : null),
  },
  Case: {
    // The case side of the escalation link: the cases subgraph owns the case, the grid knows its source event.
    __resolveReference: (ref) => ref,
    gridEvent: (c, _, ctx) => ctx.loaders.gridEventByCaseId.load(c.id),
  },
};
