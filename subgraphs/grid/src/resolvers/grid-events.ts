import { GRID_EVENT_STATUSES, type GridEventRow, normalisePhone } from '@onedoor/db';
import { type Context, optionalText, type PageArgs, parseInput, requireRole, text, uuid } from '@onedoor/subgraph-kit';
import { z } from 'zod';
import type { GridLoaders } from '../loaders';
import { escalateGridEvent } from '../services/escalate-grid-event';
import {
  ALL_EVENTS_ROLES,
  disposeGridEvent,
  gridEventFor,
  isOverdue,
  listGridEvents,
  recordGridEventFeedback,
  reportGridEvent,
  respondToGridEvent,
  whistleGridEvent,
} from '../services/grid-events';

type Ctx = Context<GridLoaders>;

/** Centre roles see all events; a handler or partner its organisation's (the service scopes the list). */
const EVENT_READERS = [...ALL_EVENTS_ROLES, 'HANDLER', 'PARTNER'] as const;
/** Grid workers, township officers and centre staff report and move events along. */
const EVENT_WORKERS = ['ADMIN', 'CENTRE_STAFF', 'HANDLER'] as const;

const versioned = { id: uuid(), version: z.number().int() };
const reportInput = z.object({
  gridUnitId: uuid(),
  categoryId: uuid(),
  title: text(200),
  description: text(5000),
  place: optionalText(200),
  longitude: z.number().min(-180).max(180).nullish(),
  latitude: z.number().min(-90).max(90).nullish(),
  photos: z
    .array(
      z.object({
        url: text(500),
        caption: optionalText(200).transform((v) => v || null),
        takenAt: z
          .date()
          .nullish()
          .transform((d) => d?.toISOString() ?? null),
      }),
    )
    .max(20, 'at most 20 photos')
    .nullish(),
  occurredAt: z.date().nullish(),
});
const disposeInput = z.object({ ...versioned, disposal: text(2000) });
const whistleInput = z.object({
  ...versioned,
  organisationId: uuid(),
  respondWithinHours: z.number().int().min(1, 'must be at least 1').max(720, 'must be at most 720 (30 days)'),
});
const respondInput = z.object({ ...versioned, response: text(2000) });
const feedbackInput = z.object({ ...versioned, feedback: text(2000), satisfied: z.boolean() });
const escalateInput = z.object({
  ...versioned,
  petitionerIds: z.array(uuid()).min(1, 'name at least one petitioner').max(500),
  contactPhone: z
    .string()
    .transform(
      (v, c) =>
        normalisePhone(v) ??
        (c.addIssue('must be a mainland mobile (11 digits) or a landline such as 0539-1234567'), z.NEVER),
    ),
  title: optionalText(200),
});
const filterInput = z
  .object({
    status: z.array(z.enum(GRID_EVENT_STATUSES)).nullish(),
    withinId: uuid().nullish(),
    organisationId: uuid().nullish(),
    overdue: z.boolean().nullish(),
  })
  .nullish()
  .transform((f) => f ?? {});

/** A mutation that needs one of `roles` and a parsed input. */
const act =
  <S extends z.ZodType, R>(
    name: string,
    roles: readonly Parameters<typeof requireRole>[1][number][],
    schema: S,
    run: (input: z.infer<S>, ctx: Ctx) => R,
  ) =>
  (_: unknown, args: { input: unknown }, ctx: Ctx) => {
    requireRole(ctx.viewer, roles, name);
    return run(parseInput(schema, args.input), ctx);
  };

export const gridEventResolvers = {
  Query: {
    gridEvent: (_: unknown, args: { id: string }, ctx: Ctx) => {
      requireRole(ctx.viewer, EVENT_READERS, 'gridEvent');
      return gridEventFor(ctx, parseInput(uuid(), args.id, 'id'));
    },
    gridEvents: (_: unknown, args: PageArgs & { filter?: unknown }, ctx: Ctx) => {
      requireRole(ctx.viewer, EVENT_READERS, 'gridEvents');
      return listGridEvents({ args: { ...args, filter: parseInput(filterInput, args.filter, 'filter') }, ctx });
    },
  },
  Mutation: {
    reportGridEvent: act('reportGridEvent', EVENT_WORKERS, reportInput, (input, ctx) =>
      reportGridEvent({ input, ctx }),
    ),
    disposeGridEvent: act('disposeGridEvent', EVENT_WORKERS, disposeInput, (input, ctx) =>
      disposeGridEvent({ input, ctx }),
    ),
    whistleGridEvent: act('whistleGridEvent', EVENT_WORKERS, whistleInput, (input, ctx) =>
      whistleGridEvent({ input, ctx }),
    ),
    respondToGridEvent: act('respondToGridEvent', [...EVENT_WORKERS, 'PARTNER'], respondInput, (input, ctx) =>
      respondToGridEvent({ input, ctx }),
    ),
    recordGridEventFeedback: act('recordGridEventFeedback', EVENT_WORKERS, feedbackInput, (input, ctx) =>
      recordGridEventFeedback({ input, ctx }),
    ),
    escalateGridEvent: act('escalateGridEvent', ['ADMIN', 'CENTRE_STAFF'], escalateInput, (input, ctx) =>
      escalateGridEvent({ input, ctx }),
    ),
  },
  GridEvent: {
    __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.gridEventById.load(ref.id),
    gridUnit: (e: GridEventRow, _: unknown, ctx: Ctx) => ctx.loaders.gridUnitById.load(e.gridUnitId),
    overdue: (e: GridEventRow, _: unknown, ctx: Ctx) => isOverdue(e, ctx.clock.now()),
    photos: (e: GridEventRow) => e.photos,
    reportedBy: (e: GridEventRow) =>
      e.reportedByAccountId ? { __typename: 'Account', id: e.reportedByAccountId } : null,
    whistledTo: (e: GridEventRow, _: unknown, ctx: Ctx) =>
      e.whistledToOrganisationId ? ctx.loaders.organisationById.load(e.whistledToOrganisationId) : null,
    case: (e: GridEventRow) => (e.caseId ? { __typename: 'Case', id: e.caseId } : null),
  },
  Case: {
    // The case side of the escalation link: the cases subgraph owns the case, the grid knows its source event.
    __resolveReference: (ref: { id: string }) => ref,
    gridEvent: (c: { id: string }, _: unknown, ctx: Ctx) => ctx.loaders.gridEventByCaseId.load(c.id),
  },
};
