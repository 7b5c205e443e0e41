import {
  createGridEventsRepository,
  createGridRepository,
  type GridEventFilter,
  type GridEventPhoto,
  type GridEventRow,
  type GridEventStatus,
  gridEventsTable,
} from '@onedoor/db';
import {
  badInput,
  type BaseContext,
  type Connection,
  conflict,
  forbidden,
  hasRole,
  notFound,
  type PageArgs,
  paginate,
  recordAudit,
} from '@onedoor/subgraph-kit';

const HOUR = 3_600_000;

/** Roles that see every grid event; handlers and partners see their own organisation's (see `visibility`). */
export const ALL_EVENTS_ROLES = ['ADMIN', 'CENTRE_STAFF', 'LEADER', 'AUDITOR'] as const;

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
async function requireSubCategory(ctx: BaseContext, id: string): Promise<void> {
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
  );
}

/** A grid worker's report from patrol (巡查上报). */
export async function reportGridEvent({
  input,
  ctx,
}: {
  input: ReportGridEventInput;
  ctx: BaseContext;
}): Promise<GridEventRow> {
  const now = ctx.clock.now();
  if (input.occurredAt && input.occurredAt.getTime() > now.getTime() + 60_000)
    throw badInput('input.occurredAt', 'input.occurredAt cannot be in the future.');
  const [unit] = await createGridRepository(ctx.db).findGridUnitsByIds([input.gridUnitId]);
  if (!unit)
    throw badInput('input.gridUnitId', `No grid unit has the id '${input.gridUnitId}': pick one from gridUnits.`);
  await requireSubCategory(ctx, input.categoryId);
  return ctx.db.transaction(async (tx) => {
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
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, ctx, {
      subgraph: 'grid',
      action: 'reportGridEvent',
      entityType: 'GridEvent',
      entityId: row.id,
      data: { gridUnitId: unit.id },
    });
    return row;
  });
}

async function current(
  ctx: BaseContext,
  id: string,
  version: number,
  allowed: GridEventStatus[],
  act: string,
): Promise<GridEventRow> {
  const [event] = await createGridEventsRepository(ctx.db).findByIds([id]);
  if (!event) throw notFound('Grid event', id, 'input.id');
  if (event.version !== version)
    throw conflict(
      `Grid event ${id} was changed by someone else (now version ${event.version}): reload it and try again.`,
    );
  if (!allowed.includes(event.status))
    throw conflict(`A grid event that is ${event.status} cannot be ${act}; only one that is ${allowed.join(' or ')}.`);
  return event;
}

/** One step of an event's life: the change applies only if nobody changed the event since it was read. */
async function step(
  ctx: BaseContext,
  event: GridEventRow,
  allowed: GridEventStatus[],
  patch: Partial<GridEventRow>,
  action: string,
  data: Record<string, unknown> = {},
) {
  return ctx.db.transaction(async (tx) => {
    const row = await createGridEventsRepository(tx).update(
      event.id,
      event.version,
      { ...patch, updatedAt: ctx.clock.now() },
      allowed,
    );
    if (!row) throw conflict(`Grid event ${event.id} was changed by someone else meanwhile: reload it and try again.`);
    await recordAudit(tx, ctx, {
      subgraph: 'grid',
      action,
      entityType: 'GridEvent',
      entityId: event.id,
      data: { from: event.status, to: row.status, ...data },
    });
    return row;
  });
}

/** The grid handles it itself (就地处置). */
export async function disposeGridEvent({
  input,
  ctx,
}: {
  input: { id: string; version: number; disposal: string };
  ctx: BaseContext;
}) {
  const event = await current(ctx, input.id, input.version, ['REPORTED'], 'disposed of by the grid');
  return step(
    ctx,
    event,
    ['REPORTED'],
    { status: 'DISPOSED', disposal: input.disposal, disposedAt: ctx.clock.now() },
    'disposeGridEvent',
  );
}

/** "The grid blows the whistle, departments report" (网格吹哨、部门报到): a department must respond by a deadline. */
export async function whistleGridEvent({
  input,
  ctx,
}: {
  input: { id: string; version: number; organisationId: string; respondWithinHours: number };
  ctx: BaseContext;
}) {
  const [organisation] = await createGridRepository(ctx.db).findOrganisationsByIds([input.organisationId]);
  if (!organisation)
    throw badInput(
      'input.organisationId',
      `No organisation has the id '${input.organisationId}': pick the department from organisations.`,
    );
  const event = await current(ctx, input.id, input.version, ['REPORTED'], 'whistled');
  const now = ctx.clock.now();
  return step(
    ctx,
    event,
    ['REPORTED'],
    {
      status: 'WHISTLED',
      whistledToOrganisationId: organisation.id,
      whistledAt: now,
      responseDueAt: new Date(now.getTime() + input.respondWithinHours * HOUR),
    },
    'whistleGridEvent',
    { organisationId: organisation.id },
  );
}

/** The department's answer; a handler or partner answers only for its own organisation. */
export async function respondToGridEvent({
  input,
  ctx,
}: {
  input: { id: string; version: number; response: string };
  ctx: BaseContext;
}) {
  const event = await current(ctx, input.id, input.version, ['WHISTLED'], 'answered');
  if (
    !hasRole(ctx.viewer, ['ADMIN', 'CENTRE_STAFF']) &&
    ctx.viewer?.organisationId !== event.whistledToOrganisationId
  ) {
    throw forbidden(
      'This grid event was whistled to another organisation: only that organisation (or centre staff) can respond.',
    );
  }
  return step(
    ctx,
    event,
    ['WHISTLED'],
    { status: 'RESPONDED', response: input.response, respondedAt: ctx.clock.now() },
    'respondToGridEvent',
  );
}

/** Feedback to the grid after disposal or the department's response closes the loop. */
export async function recordGridEventFeedback({
  input,
  ctx,
}: {
  input: { id: string; version: number; feedback: string; satisfied: boolean };
  ctx: BaseContext;
}) {
  const event = await current(ctx, input.id, input.version, ['DISPOSED', 'RESPONDED'], 'closed with feedback');
  return step(
    ctx,
    event,
    ['DISPOSED', 'RESPONDED'],
    { status: 'CLOSED', feedback: input.feedback, satisfied: input.satisfied, closedAt: ctx.clock.now() },
    'recordGridEventFeedback',
  );
}

export const isOverdue = (event: GridEventRow, now: Date) =>
  event.status === 'WHISTLED' && !!event.responseDueAt && event.responseDueAt < now;

export interface ListGridEventsArgs extends PageArgs {
  filter: {
    status?: GridEventStatus[] | null;
    withinId?: string | null;
    organisationId?: string | null;
    overdue?: boolean | null;
  };
}

/** What a viewer may see: everything for centre roles; for a handler or partner, its organisation's events and area. */
async function visibility(ctx: BaseContext): Promise<GridEventFilter['visibleTo']> {
  if (hasRole(ctx.viewer, ALL_EVENTS_ROLES)) return null;
  const orgId = ctx.viewer?.organisationId ?? null;
  const [org] = orgId ? await createGridRepository(ctx.db).findOrganisationsByIds([orgId]) : [];
  const [unit] =
    org?.kind === 'TOWNSHIP' && org.gridUnitId
      ? await createGridRepository(ctx.db).findGridUnitsByIds([org.gridUnitId])
      : [];
  return { organisationId: orgId, path: unit?.path ?? null };
}

export async function listGridEvents({
  args,
  ctx,
}: {
  args: ListGridEventsArgs;
  ctx: BaseContext;
}): Promise<Connection<GridEventRow>> {
  const repo = createGridEventsRepository(ctx.db);
  const within = args.filter.withinId
    ? (await createGridRepository(ctx.db).findGridUnitsByIds([args.filter.withinId]))[0]
    : undefined;
  const filter: GridEventFilter = {
    status: args.filter.status,
    whistledToOrganisationId: args.filter.organisationId,
    withinPath: args.filter.withinId ? (within?.path ?? '/none/') : null,
    overdueAt: args.filter.overdue ? ctx.clock.now() : null,
    visibleTo: await visibility(ctx),
  };
  return paginate<GridEventRow>({
    args,
    sort: { column: gridEventsTable.reportedAt, direction: 'DESC', value: (r) => r.reportedAt },
    idColumn: gridEventsTable.id,
    fetch: (page) => repo.list(filter, page),
    count: () => repo.count(filter),
  });
}

/** One event if the viewer may see it. */
export async function gridEventFor(ctx: BaseContext, id: string): Promise<GridEventRow | null> {
  const [event] = await createGridEventsRepository(ctx.db).findByIds([id]);
  if (!event) return null;
  const visible = await visibility(ctx);
  if (!visible) return event;
  if (event.whistledToOrganisationId && event.whistledToOrganisationId === visible.organisationId) return event;
  if (visible.path) {
    const [unit] = await createGridRepository(ctx.db).findGridUnitsByIds([event.gridUnitId]);
    if (unit?.path.startsWith(visible.path)) return event;
  }
  return null;
}
