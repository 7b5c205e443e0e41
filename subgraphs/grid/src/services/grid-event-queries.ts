import {
  createGridEventsRepository,
  createGridRepository,
  type GridEventFilter,
  type GridEventRow,
  type GridEventStatus,
  gridEventsTable,
} from '@onedoor/db/grid';
import { hasRole, type PageArgs, paginate } from '@onedoor/subgraph-kit';
import type { GridContext } from '../context';
import { sortBy } from './listing';
import { ALL_EVENTS_READERS } from '../roles';

/** Whistled to a department whose deadline passed without a response. */
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
async function visibility(ctx: GridContext): Promise<GridEventFilter['visibleTo']> {
  if (hasRole(ctx.viewer, ALL_EVENTS_READERS)) return null;
  const repo = createGridRepository(ctx.db);
  const orgId = ctx.viewer?.organisationId ?? null;
  const [org] = orgId ? await repo.findOrganisationsByIds([orgId]) : [];
  const [unit] = org?.kind === 'TOWNSHIP' && org.gridUnitId ? await repo.findGridUnitsByIds([org.gridUnitId]) : [];
  return { organisationId: orgId, path: unit?.path ?? null };
}

/** Grid events the viewer may see, newest first. */
export async function listGridEvents({ args, ctx }: { args: ListGridEventsArgs; ctx: GridContext }) {
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
  const sort = sortBy<GridEventRow>(gridEventsTable.reportedAt, 'reportedAt', 'DESC');
  return paginate({ args, sort, ...createGridEventsRepository(ctx.db).matching(filter) });
}

/** One event if the viewer may see it. */
export async function gridEventFor({ ctx, id }: { ctx: GridContext; id: string }): Promise<GridEventRow | null> {
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
