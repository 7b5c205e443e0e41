import { and, eq, inArray, like, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../database';
import { insertOne, rowsWhereIn } from '../shared/rows';
import { type Listing, listing } from './rows';
import { type GridEventRow, gridEventsTable, type GridEventStatus, gridUnitsTable } from './tables';

export interface GridEventFilter {
  status?: GridEventStatus[] | null;
  /** Events in this unit's subtree (the unit included), by its materialized path. */
  withinPath?: string | null;
  whistledToOrganisationId?: string | null;
  /** Whistled to a department whose response deadline passed without a response, as of `now`. */
  overdueAt?: Date | null;
  /** A handler's or partner's view: only events whistled to this organisation or inside this path. */
  visibleTo?: { organisationId: string | null; path: string | null } | null;
}

export type NewGridEvent = typeof gridEventsTable.$inferInsert;

function conditions(filter: GridEventFilter): SQL | undefined {
  const e = gridEventsTable;
  const inPath = (path: string) =>
    sql`${e.gridUnitId} in (select ${gridUnitsTable.id} from ${gridUnitsTable} where ${like(gridUnitsTable.path, `${path}%`)})`;
  const visible = filter.visibleTo;
  return and(
    filter.status?.length ? inArray(e.status, filter.status) : undefined,
    filter.withinPath ? inPath(filter.withinPath) : undefined,
    filter.whistledToOrganisationId ? eq(e.whistledToOrganisationId, filter.whistledToOrganisationId) : undefined,
    filter.overdueAt ? and(eq(e.status, 'WHISTLED'), lt(e.responseDueAt, filter.overdueAt)) : undefined,
    visible
      ? or(
          visible.organisationId ? eq(e.whistledToOrganisationId, visible.organisationId) : sql`false`,
          visible.path ? inPath(visible.path) : sql`false`,
        )
      : undefined,
  );
}

/** Grid events (网格事件): report, disposal or whistle, response, feedback, escalation. */
export function createGridEventsRepository(db: Executor) {
  const e = gridEventsTable;
  return {
    findByIds: (ids: readonly string[]): Promise<GridEventRow[]> => rowsWhereIn(db, e, e.id, ids),

    findByCaseIds: (caseIds: readonly string[]): Promise<GridEventRow[]> => rowsWhereIn(db, e, e.caseId, caseIds),

    matching: (filter: GridEventFilter): Listing<GridEventRow> => listing(db, e, conditions(filter)),

    insert: (row: NewGridEvent): Promise<GridEventRow> => insertOne(db, e, row),

    /** Applies a change if the event still has `version` (and, when given, one of `statuses`); undefined otherwise. */
    update(
      id: string,
      version: number,
      patch: Partial<NewGridEvent>,
      statuses?: GridEventStatus[],
    ): Promise<GridEventRow | undefined> {
      return db
        .update(e)
        .set({ ...patch, version: sql`${e.version} + 1` })
        .where(and(eq(e.id, id), eq(e.version, version), statuses ? inArray(e.status, statuses) : undefined))
        .returning()
        .then((rows) => rows[0]);
    },
  };
}
