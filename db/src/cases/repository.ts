import { and, asc, desc, eq, gte, ilike, inArray, lt, notInArray, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../database';
import { firstRow, insertOne, rowsWhereIn, updateRow } from '../shared/rows';
import { containsPattern, countWhere, type Page, selectPage } from '../shared/sql';
import {
  caseEventsTable,
  caseNumberCountersTable,
  casePetitionersTable,
  casesTable,
  caseUnitsTable,
  type CaseRow,
  type CaseStatus,
  categoriesTable,
  type CategoryRow,
  type Channel,
} from './tables';

/** Statuses in which a case's clock runs. */
export const RUNNING_STATUSES: readonly CaseStatus[] = [
  'REGISTERED',
  'ROUTED',
  'ACCEPTED',
  'IN_HANDLING',
  'REEXAMINING',
  'REVIEWING',
];

/** The screening flags (甄别) a list can be narrowed by: each a filter field and the case column of that name. */
const SCREENING_FLAGS = ['repeat', 'groupPetition', 'lawRelated', 'crossLevel', 'finalityBarred'] as const;

export interface CaseListFilter {
  status?: readonly CaseStatus[] | null;
  channel?: readonly Channel[] | null;
  categoryId?: string | null;
  gridUnitId?: string | null;
  /** Any of these grid units (a subtree resolved by the caller). */
  gridUnitIds?: readonly string[] | null;
  responsibleUnitId?: string | null;
  mediatorId?: string | null;
  petitionerId?: string | null;
  receivedFrom?: Date | null;
  receivedTo?: Date | null;
  deadlineBefore?: Date | null;
  /** Cases any one of the search box's keys finds (see `CaseSearch`). */
  search?: CaseSearch | null;
  /** Conditions on the case's clock (warning colour, overdue, days left): each must hold. */
  clock?: readonly ClockCondition[] | null;
  repeat?: boolean | null;
  groupPetition?: boolean | null;
  lawRelated?: boolean | null;
  crossLevel?: boolean | null;
  finalityBarred?: boolean | null;
}

/**
 * What the search box's term was read as: a case matches when any one key finds it. The caller normalises
 * the term; persons come from the people subgraph, which owns them.
 */
export interface CaseSearch {
  /** Persons the term names (name, phone, national id): cases they petitioned. */
  petitionerIds: readonly string[];
  trackingCode: string | null;
  number: string | null;
  /** A 12345 hotline work order number (工单号). */
  externalOrderNumber: string | null;
  /** Words that must all appear in the title; none, and the title is not searched. */
  titleWords: readonly string[];
}

/** A moment range of the deadline projection: from `from` (included) up to `to` (excluded); either end open. */
export interface DeadlineWindow {
  from?: Date | null;
  to?: Date | null;
}

/** Cases whose clock runs with a deadline in one of `windows`, or (when `stopped`) whose clock has stopped. */
export interface ClockCondition {
  windows: readonly DeadlineWindow[];
  stopped: boolean;
}

/** Which cases a viewer may see: all, those routed to one organisation, or none. */
export type CaseScope =
  | { kind: 'all' }
  | { kind: 'organisation'; organisationId: string }
  | { kind: 'mediator'; mediatorIds: readonly string[] }
  | { kind: 'none' };

export type NewCase = typeof casesTable.$inferInsert;

export function createCasesRepository(db: Executor) {
  /** `column in (select picked from its table where match)`: cases found through a linked table. */
  const linkedThrough = (column: PgColumn, picked: PgColumn, match: SQL) =>
    inArray(column, db.select({ id: picked }).from(picked.table).where(match));
  /** Cases routed to an organisation: as the lead unit, or sharing a split routing. */
  const routedTo = (id: string) =>
    or(
      eq(casesTable.responsibleOrganisationId, id),
      linkedThrough(casesTable.id, caseUnitsTable.caseId, eq(caseUnitsTable.organisationId, id)),
    );
  /** Cases in a category, or in any of its sub-categories. */
  const inCategory = (id: string) =>
    or(
      eq(casesTable.categoryId, id),
      linkedThrough(casesTable.categoryId, categoriesTable.id, eq(categoriesTable.parentId, id)),
    );
  /** Cases a person petitioned, alone or with others. */
  const petitionedBy = (id: string) =>
    linkedThrough(casesTable.id, casePetitionersTable.caseId, eq(casePetitionersTable.personId, id));

  function scoped(scope: CaseScope): SQL | undefined {
    if (scope.kind === 'none') return sql`false`;
    if (scope.kind === 'mediator')
      return scope.mediatorIds.length ? inArray(casesTable.mediatorId, [...scope.mediatorIds]) : sql`false`;
    if (scope.kind === 'organisation') return routedTo(scope.organisationId);
    return undefined;
  }

  function conditions(filter: CaseListFilter, scope: CaseScope): SQL | undefined {
    const c: (SQL | undefined)[] = [scoped(scope)];
    for (const flag of SCREENING_FLAGS) {
      const wanted = filter[flag];
      if (wanted !== null && wanted !== undefined) c.push(eq(casesTable[flag], wanted));
    }
    if (filter.status?.length) c.push(inArray(casesTable.status, [...filter.status]));
    if (filter.channel?.length) c.push(inArray(casesTable.channel, [...filter.channel]));
    if (filter.categoryId) c.push(inCategory(filter.categoryId));
    if (filter.gridUnitId) c.push(eq(casesTable.gridUnitId, filter.gridUnitId));
    if (filter.gridUnitIds) c.push(inArray(casesTable.gridUnitId, [...filter.gridUnitIds]));
    if (filter.responsibleUnitId) c.push(eq(casesTable.responsibleOrganisationId, filter.responsibleUnitId));
    if (filter.mediatorId) c.push(eq(casesTable.mediatorId, filter.mediatorId));
    if (filter.petitionerId) c.push(petitionedBy(filter.petitionerId));
    if (filter.receivedFrom) c.push(gte(casesTable.receivedAt, filter.receivedFrom));
    if (filter.receivedTo) c.push(lt(casesTable.receivedAt, filter.receivedTo));
    if (filter.deadlineBefore) c.push(lt(casesTable.deadlineAt, filter.deadlineBefore));
    if (filter.search) c.push(found(filter.search));
    for (const condition of filter.clock ?? []) c.push(clockIn(condition));
    return and(...c);
  }

  /**
   * The cases a search finds, as one `id in (… union all …)`: each key is its own indexed branch (petitioner
   * links, tracking code, number, work order, title grams), where one OR over them all would scan the table.
   */
  function found(search: CaseSearch): SQL {
    const t = casesTable;
    const branches: SQL[] = [];
    const byKey = (match: SQL) => sql`select ${t.id} from ${t} where ${match}`;
    if (search.petitionerIds.length) {
      const links = casePetitionersTable;
      branches.push(
        sql`select ${links.caseId} from ${links} where ${inArray(links.personId, [...search.petitionerIds])}`,
      );
    }
    if (search.trackingCode) branches.push(byKey(eq(t.trackingCode, search.trackingCode)));
    if (search.number) branches.push(byKey(eq(t.number, search.number)));
    if (search.externalOrderNumber) branches.push(byKey(eq(t.externalOrderNumber, search.externalOrderNumber)));
    if (search.titleWords.length) {
      const grams = sql.join(
        search.titleWords.map((w) => sql`"cases"."title_grams"(${w})`),
        sql` || `,
      );
      branches.push(
        byKey(
          and(
            sql`"cases"."title_grams"(${t.title}) @> (${grams})`,
            ...search.titleWords.map((w) => ilike(t.title, containsPattern(w))),
          )!,
        ),
      );
    }
    if (branches.length === 0) return sql`false`;
    return sql`${t.id} in (${sql.join(branches, sql` union all `)})`;
  }

  /** A clock condition on the deadline projection and the status (the status-and-deadline index serves it). */
  function clockIn({ windows, stopped }: ClockCondition): SQL {
    const running = inArray(casesTable.status, [...RUNNING_STATUSES]);
    const inWindow = windows.map((w) =>
      and(w.from ? gte(casesTable.deadlineAt, w.from) : undefined, w.to ? lt(casesTable.deadlineAt, w.to) : undefined),
    );
    const due = inWindow.length ? and(running, or(...inWindow)) : undefined;
    const halted = stopped ? notInArray(casesTable.status, [...RUNNING_STATUSES]) : undefined;
    return or(due, halted) ?? sql`false`;
  }

  return {
    /** The scope as a SQL condition, for queries outside this repository (statistics, federation lists). */
    scoped,

    /** The list's condition for a filter and scope, as `list` and `count` run it (the benchmark EXPLAINs it). */
    where: conditions,

    findByIds: (ids: readonly string[]): Promise<CaseRow[]> => rowsWhereIn(db, casesTable, casesTable.id, ids),

    findByNumber: (number: string) => firstRow(db, casesTable, eq(casesTable.number, number)),

    findByTrackingCode: (code: string) => firstRow(db, casesTable, eq(casesTable.trackingCode, code)),

    list(filter: CaseListFilter, scope: CaseScope, page: Page): Promise<CaseRow[]> {
      return selectPage(db, casesTable, conditions(filter, scope), page);
    },

    count(filter: CaseListFilter, scope: CaseScope): Promise<number> {
      return countWhere(db, casesTable, conditions(filter, scope));
    },

    /**
     * Cases whose clock runs and whose deadline projection falls before `before`, by deadline (so by days
     * left) in `direction`, then id: the candidates of the deadline board (index on status, or on unit and
     * deadline).
     */
    dueBefore(
      scope: CaseScope,
      unitId: string | null,
      before: Date,
      direction: 'ASC' | 'DESC' = 'ASC',
    ): Promise<CaseRow[]> {
      const by = direction === 'ASC' ? asc : desc;
      return db
        .select()
        .from(casesTable)
        .where(
          and(
            scoped(scope),
            inArray(casesTable.status, [...RUNNING_STATUSES]),
            lt(casesTable.deadlineAt, before),
            unitId ? eq(casesTable.responsibleOrganisationId, unitId) : undefined,
          ),
        )
        .orderBy(by(casesTable.deadlineAt), by(casesTable.id))
        .limit(5000);
    },

    /** Petitioners of many cases in one statement, in their registered order. */
    petitionersOf: (caseIds: readonly string[]) => {
      const p = casePetitionersTable;
      return rowsWhereIn(db, p, p.caseId, caseIds, asc(p.caseId), asc(p.position));
    },

    categoriesByIds: (ids: readonly string[]): Promise<CategoryRow[]> =>
      rowsWhereIn(db, categoriesTable, categoriesTable.id, ids),

    subcategoriesOf(parentIds: readonly string[]): Promise<CategoryRow[]> {
      return db
        .select()
        .from(categoriesTable)
        .where(and(inArray(categoriesTable.parentId, [...parentIds]), eq(categoriesTable.active, true)))
        .orderBy(asc(categoriesTable.sortOrder), asc(categoriesTable.code));
    },

    categoryByCode: (code: string): Promise<CategoryRow | undefined> =>
      firstRow(db, categoriesTable, eq(categoriesTable.code, code)),

    insertCategory: (values: typeof categoriesTable.$inferInsert): Promise<CategoryRow> =>
      insertOne(db, categoriesTable, values),

    updateCategory: (
      id: string,
      change: Partial<Pick<CategoryRow, 'name' | 'active' | 'updatedAt'>>,
    ): Promise<CategoryRow | undefined> => updateRow(db, categoriesTable, eq(categoriesTable.id, id), change),

    allCategories(): Promise<CategoryRow[]> {
      return db
        .select()
        .from(categoriesTable)
        .where(eq(categoriesTable.active, true))
        .orderBy(asc(categoriesTable.sortOrder), asc(categoriesTable.code));
    },

    /** The next number of `year`, atomically: concurrent registrations never share one. */
    async nextNumber(year: number): Promise<string> {
      const [row] = await db
        .insert(caseNumberCountersTable)
        .values({ year, last: 1 })
        .onConflictDoUpdate({
          target: caseNumberCountersTable.year,
          set: { last: sql`${caseNumberCountersTable.last} + 1` },
        })
        .returning({ last: caseNumberCountersTable.last });
      return `${year}-${String(row!.last).padStart(6, '0')}`;
    },

    async insert(
      values: NewCase,
      petitionerIds: readonly string[],
      event: { kind: string; actorAccountId: string | null; data: Record<string, unknown> },
    ): Promise<CaseRow> {
      const [row] = await db.insert(casesTable).values(values).returning();
      await db
        .insert(casePetitionersTable)
        .values(petitionerIds.map((personId, position) => ({ caseId: row!.id, personId, position })));
      await db.insert(caseEventsTable).values({
        caseId: row!.id,
        kind: event.kind,
        at: values.receivedAt,
        actorAccountId: event.actorAccountId,
        data: event.data,
      });
      return row!;
    },
  };
}

export type CasesRepository = ReturnType<typeof createCasesRepository>;
