import { and, asc, eq, gte, ilike, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../database';
import {
  caseEventsTable, caseNumberCountersTable, casePetitionersTable, casesTable, type CaseRow, type CaseStatus,
  categoriesTable, type CategoryRow, type Channel,
} from './tables';

export interface CaseListFilter {
  status?: CaseStatus[] | null;
  channel?: Channel[] | null;
  categoryId?: string | null;
  gridUnitId?: string | null;
  responsibleUnitId?: string | null;
  mediatorId?: string | null;
  petitionerId?: string | null;
  receivedFrom?: Date | null;
  receivedTo?: Date | null;
  deadlineBefore?: Date | null;
  search?: string | null;
}

/** Which cases a viewer may see: all, those routed to one organisation, or none. */
export type CaseScope = { kind: 'all' } | { kind: 'organisation'; organisationId: string } | { kind: 'none' };

export interface ListPage {
  after: SQL | undefined;
  orderBy: SQL[];
  limit: number;
  offset: number;
}

export type NewCase = typeof casesTable.$inferInsert;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export function createCasesRepository(db: Executor) {
  function conditions(filter: CaseListFilter, scope: CaseScope): SQL | undefined {
    const c: (SQL | undefined)[] = [];
    if (scope.kind === 'none') c.push(sql`false`);
    if (scope.kind === 'organisation') c.push(eq(casesTable.responsibleOrganisationId, scope.organisationId));
    if (filter.status?.length) c.push(inArray(casesTable.status, filter.status));
    if (filter.channel?.length) c.push(inArray(casesTable.channel, filter.channel));
    if (filter.categoryId) {
      c.push(or(
        eq(casesTable.categoryId, filter.categoryId),
        inArray(casesTable.categoryId, db.select({ id: categoriesTable.id }).from(categoriesTable).where(eq(categoriesTable.parentId, filter.categoryId))),
      ));
    }
    if (filter.gridUnitId) c.push(eq(casesTable.gridUnitId, filter.gridUnitId));
    if (filter.responsibleUnitId) c.push(eq(casesTable.responsibleOrganisationId, filter.responsibleUnitId));
    if (filter.mediatorId) c.push(eq(casesTable.mediatorId, filter.mediatorId));
    if (filter.petitionerId) {
      c.push(inArray(casesTable.id, db.select({ id: casePetitionersTable.caseId }).from(casePetitionersTable).where(eq(casePetitionersTable.personId, filter.petitionerId))));
    }
    if (filter.receivedFrom) c.push(gte(casesTable.receivedAt, filter.receivedFrom));
    if (filter.receivedTo) c.push(lt(casesTable.receivedAt, filter.receivedTo));
    if (filter.deadlineBefore) c.push(lt(casesTable.deadlineAt, filter.deadlineBefore));
    if (filter.search?.trim()) {
      const pattern = `%${escapeLike(filter.search.trim())}%`;
      c.push(or(ilike(casesTable.number, pattern), ilike(casesTable.title, pattern)));
    }
    return and(...c);
  }

  return {
    findByIds(ids: readonly string[]): Promise<CaseRow[]> {
      return db.select().from(casesTable).where(inArray(casesTable.id, [...ids]));
    },

    findByNumber(number: string): Promise<CaseRow | undefined> {
      return db.select().from(casesTable).where(eq(casesTable.number, number)).then((r) => r[0]);
    },

    findByTrackingCode(code: string): Promise<CaseRow | undefined> {
      return db.select().from(casesTable).where(eq(casesTable.trackingCode, code)).then((r) => r[0]);
    },

    list(filter: CaseListFilter, scope: CaseScope, page: ListPage): Promise<CaseRow[]> {
      return db.select().from(casesTable)
        .where(and(conditions(filter, scope), page.after))
        .orderBy(...page.orderBy)
        .limit(page.limit)
        .offset(page.offset);
    },

    async count(filter: CaseListFilter, scope: CaseScope): Promise<number> {
      const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(casesTable).where(conditions(filter, scope));
      return row?.n ?? 0;
    },

    /** Petitioners of many cases in one statement, in their registered order. */
    petitionersOf(caseIds: readonly string[]) {
      return db.select().from(casePetitionersTable)
        .where(inArray(casePetitionersTable.caseId, [...caseIds]))
        .orderBy(asc(casePetitionersTable.caseId), asc(casePetitionersTable.position));
    },

    categoriesByIds(ids: readonly string[]): Promise<CategoryRow[]> {
      return db.select().from(categoriesTable).where(inArray(categoriesTable.id, [...ids]));
    },

    subcategoriesOf(parentIds: readonly string[]): Promise<CategoryRow[]> {
      return db.select().from(categoriesTable)
        .where(and(inArray(categoriesTable.parentId, [...parentIds]), eq(categoriesTable.active, true)))
        .orderBy(asc(categoriesTable.sortOrder), asc(categoriesTable.code));
    },

    allCategories(): Promise<CategoryRow[]> {
      return db.select().from(categoriesTable).where(eq(categoriesTable.active, true))
        .orderBy(asc(categoriesTable.sortOrder), asc(categoriesTable.code));
    },

    /** The next number of `year`, atomically: concurrent registrations never share one. */
    async nextNumber(year: number): Promise<string> {
      const [row] = await db.insert(caseNumberCountersTable).values({ year, last: 1 })
        .onConflictDoUpdate({ target: caseNumberCountersTable.year, set: { last: sql`${caseNumberCountersTable.last} + 1` } })
        .returning({ last: caseNumberCountersTable.last });
      return `${year}-${String(row!.last).padStart(6, '0')}`;
    },

    async insert(values: NewCase, petitionerIds: readonly string[], event: { kind: string; actorAccountId: string | null; data: Record<string, unknown> }): Promise<CaseRow> {
      const [row] = await db.insert(casesTable).values(values).returning();
      await db.insert(casePetitionersTable).values(petitionerIds.map((personId, position) => ({ caseId: row!.id, personId, position })));
      await db.insert(caseEventsTable).values({ caseId: row!.id, kind: event.kind, at: values.receivedAt, actorAccountId: event.actorAccountId, data: event.data });
      return row!;
    },
  };
}

export type CasesRepository = ReturnType<typeof createCasesRepository>;
