import { HOUR_MS, MINUTE_MS } from '@onedoor/db';
import {
  createGridEventsRepository,
  type GridEventPhoto,
  type GridEventRow,
  type GridEventStatus,
} from '@onedoor/db/grid';
import { badInput, conflict, created, forbidden, hasRole } from '@onedoor/subgraph-kit';
import type { GridCall, GridContext } from '../context';
import { CENTRE_OFFICE } from '../roles';
import { changeGrid } from './audit';
import { requireGridUnit, requireOrganisation } from './references';
import { loadAsRead } from './as-read';

export interface ReportGridEventInput {
  gridUnitId: string;
  categoryId: string;
  title: string;
  description: string;
  place?: string | null;
  longitude?: number | null;
  latitude?: number | null;
  photos?: GridEventPhoto[] | null;
  occurredAt?: Date | null;
}

/** A sub-category of the shared taxonomy, which the cases subgraph keeps. */
async function requireSubCategory({ ctx, id }: { ctx: GridContext; id: string }): Promise<void> {
  const data = await ctx.peers.query<{ categories: { id: string; name: string; children: { id: string }[] }[] }>(
    'cases',
    '{ categories { id name children { id } } }',
    {},
  );
  if (data.categories.some((c) => c.children.some((s) => s.id === id))) return;
  const top = data.categories.find((c) => c.id === id);
  throw badInput(
    'input.categoryId',
    top
      ? `'${top.name}' is a top-level category; choose one of its sub-categories.`
      : `Unknown category '${id}': pick a sub-category from the categories query.`,
    top ? { reason: 'NOT_A_SUBCATEGORY' } : { reason: 'NOT_FOUND' },
  );
}

/** A grid worker's report from patrol (巡查上报). */
export async function reportGridEvent({ input, ctx }: GridCall<ReportGridEventInput>): Promise<GridEventRow> {
  const now = ctx.clock.now();
  if (input.occurredAt && input.occurredAt.getTime() > now.getTime() + MINUTE_MS)
    throw badInput('input.occurredAt', 'input.occurredAt cannot be in the future.', { reason: 'IN_FUTURE' });
  const unit = await requireGridUnit({ db: ctx.db, ref: ['input.gridUnitId', input.gridUnitId] });
  await requireSubCategory({ ctx, id: input.categoryId });
  return changeGrid(ctx, 'reportGridEvent', async (tx) => {
    const row = await createGridEventsRepository(tx).insert({
      gridUnitId: unit.id,
      categoryId: input.categoryId,
      title: input.title,
      description: input.description,
      place: input.place ?? null,
      longitude: input.longitude ?? null,
      latitude: input.latitude ?? null,
      photos: input.photos ?? [],
      occurredAt: input.occurredAt ?? now,
      reportedAt: now,
      reportedByAccountId: ctx.viewer?.accountId ?? null,
      ...created(now),
    });
    return { result: row, entityId: row.id, data: { gridUnitId: unit.id } };
  });
}

/** The event as the caller read it (`id`, `version`); refused when it is unknown or changed since. */
export const currentGridEvent = ({ ctx, input }: GridCall<{ id: string; version: number }>) =>
  loadAsRead({ what: 'Grid event' }, input, createGridEventsRepository(ctx.db).findByIds);

type Step = 'disposeGridEvent' | 'whistleGridEvent' | 'respondToGridEvent' | 'recordGridEventFeedback';

/** The steps of an event's life after the report: from which statuses each may be taken, and what it does. */
const STEPS: Record<Step, { from: GridEventStatus[]; act: string }> = {
  disposeGridEvent: { from: ['REPORTED'], act: 'disposed of by the grid' },
  whistleGridEvent: { from: ['REPORTED'], act: 'whistled' },
  respondToGridEvent: { from: ['WHISTLED'], act: 'answered' },
  recordGridEventFeedback: { from: ['DISPOSED', 'RESPONDED'], act: 'closed with feedback' },
};

/** The event a step is about, refused unless it is in a status the step may be taken from. */
async function eventForStep({
  ctx,
  input,
  step,
}: {
  ctx: GridContext;
  input: { id: string; version: number };
  step: Step;
}): Promise<GridEventRow> {
  const event = await currentGridEvent({ ctx, input });
  const { from, act } = STEPS[step];
  if (!from.includes(event.status))
    throw conflict(`A grid event that is ${event.status} cannot be ${act}; only one that is ${from.join(' or ')}.`);
  return event;
}

/** Takes a step: the change applies only if nobody changed the event since it was read. */
function takeStep({
  ctx,
  event,
  step,
  patch,
  data = {},
}: {
  ctx: GridContext;
  event: GridEventRow;
  step: Step;
  patch: Partial<GridEventRow>;
  data?: Record<string, unknown>;
}): Promise<GridEventRow> {
  return changeGrid(ctx, step, async (tx) => {
    const row = await createGridEventsRepository(tx).update(
      event.id,
      event.version,
      { ...patch, updatedAt: ctx.clock.now() },
      STEPS[step].from,
    );
    if (!row) throw conflict(`Grid event ${event.id} was changed by someone else meanwhile: reload it and try again.`);
    return { result: row, entityId: event.id, data: { from: event.status, to: row.status, ...data } };
  });
}

/** The grid handles it itself (就地处置). */
export async function disposeGridEvent({
  input,
  ctx,
}: GridCall<{ id: string; version: number; disposal: string }>): Promise<GridEventRow> {
  const event = await eventForStep({ ctx, input, step: 'disposeGridEvent' });
  const patch = { status: 'DISPOSED' as const, disposal: input.disposal, disposedAt: ctx.clock.now() };
  return takeStep({ ctx, event, step: 'disposeGridEvent', patch });
}

/** "The grid blows the whistle, departments report" (网格吹哨、部门报到): a department must respond by a deadline. */
export async function whistleGridEvent({
  input,
  ctx,
}: GridCall<{
  id: string;
  version: number;
  organisationId: string;
  respondWithinHours: number;
}>): Promise<GridEventRow> {
  const organisation = await requireOrganisation({
    db: ctx.db,
    ref: ['input.organisationId', input.organisationId],
    hint: 'pick the department from organisations',
  });
  const event = await eventForStep({ ctx, input, step: 'whistleGridEvent' });
  const now = ctx.clock.now();
  const patch = {
    status: 'WHISTLED' as const,
    whistledToOrganisationId: organisation.id,
    whistledAt: now,
    responseDueAt: new Date(now.getTime() + input.respondWithinHours * HOUR_MS),
  };
  return takeStep({ ctx, event, step: 'whistleGridEvent', patch, data: { organisationId: organisation.id } });
}

/** The department's answer; a handler or partner answers only for its own organisation. */
export async function respondToGridEvent({
  input,
  ctx,
}: GridCall<{ id: string; version: number; response: string }>): Promise<GridEventRow> {
  const event = await eventForStep({ ctx, input, step: 'respondToGridEvent' });
  if (!hasRole(ctx.viewer, CENTRE_OFFICE) && ctx.viewer?.organisationId !== event.whistledToOrganisationId) {
    throw forbidden(
      'This grid event was whistled to another organisation: only that organisation (or centre staff) can respond.',
    );
  }
  const patch = { status: 'RESPONDED' as const, response: input.response, respondedAt: ctx.clock.now() };
  return takeStep({ ctx, event, step: 'respondToGridEvent', patch });
}

/** Feedback to the grid after disposal or the department's response closes the loop. */
export async function recordGridEventFeedback({
  input,
  ctx,
}: GridCall<{ id: string; version: number; feedback: string; satisfied: boolean }>): Promise<GridEventRow> {
  const event = await eventForStep({ ctx, input, step: 'recordGridEventFeedback' });
  const closedAt = ctx.clock.now();
  const patch = { status: 'CLOSED' as const, feedback: input.feedback, satisfied: input.satisfied, closedAt };
  return takeStep({ ctx, event, step: 'recordGridEventFeedback', patch });
}
