import { and, asc, desc, eq, gte, inArray, lt, lte, notInArray, sql } from 'drizzle-orm';
import type { Executor } from '../database';
import { insertOne, rowsWhereIn, updateRow } from '../shared/rows';
import { calendarFrom, type WorkCalendar } from '../shared/time';
import {
  calendarDaysTable,
  calendarYearsTable,
  caseAttachmentsTable,
  caseEventsTable,
  caseLinksTable,
  caseObjectionsTable,
  casePetitionersTable,
  caseRulesTable,
  casesTable,
  caseUnitsTable,
  type CaseRow,
  categoriesTable,
  FINISHED_STATUSES,
} from './tables';

export type CasePatch = Partial<Omit<typeof casesTable.$inferInsert, 'id' | 'version' | 'number' | 'trackingCode'>>;
export interface NewCaseEvent {
  caseId: string;
  kind: string;
  at: Date;
  actorAccountId: string | null;
  data: Record<string, unknown>;
}

/** The statements behind case transitions, the clocks' inputs and the admin-maintained calendar and rules. */
export function createCaseWorkflowRepository(db: Executor) {
  return {
    /** Locks the case row for the transaction, so two transitions on one case run one after the other. */
    lock(caseId: string): Promise<CaseRow | undefined> {
      return db
        .select()
        .from(casesTable)
        .where(eq(casesTable.id, caseId))
        .for('update')
        .then((r) => r[0]);
    },

    appendEvent: (event: NewCaseEvent) => insertOne(db, caseEventsTable, event),

    /** Applies a projection patch only if the version is still the one read; undefined when it moved. */
    update: (caseId: string, expectedVersion: number, patch: CasePatch): Promise<CaseRow | undefined> =>
      updateRow(db, casesTable, and(eq(casesTable.id, caseId), eq(casesTable.version, expectedVersion)), {
        ...patch,
        version: sql`${casesTable.version} + 1`,
      }),

    eventsOf: (caseIds: readonly string[]) => {
      const e = caseEventsTable;
      return rowsWhereIn(db, e, e.caseId, caseIds, asc(e.caseId), asc(e.at), asc(e.sequence));
    },

    async replaceUnits(caseId: string, units: { organisationId: string; lead: boolean }[]) {
      await db.delete(caseUnitsTable).where(eq(caseUnitsTable.caseId, caseId));
      if (units.length) await db.insert(caseUnitsTable).values(units.map((u) => ({ ...u, caseId })));
    },

    unitsOf: (caseIds: readonly string[]) => {
      const u = caseUnitsTable;
      return rowsWhereIn(db, u, u.caseId, caseIds, desc(u.lead), asc(u.organisationId));
    },

    async insertObjection(values: { caseId: string; organisationId: string; reason: string; at: Date }) {
      await db.insert(caseObjectionsTable).values(values);
    },

    /** Objections per unit over a period, most first. */
    objectionCounts(from: Date, to: Date) {
      return db
        .select({ organisationId: caseObjectionsTable.organisationId, count: sql<number>`count(*)::int` })
        .from(caseObjectionsTable)
        .where(and(gte(caseObjectionsTable.at, from), lt(caseObjectionsTable.at, to)))
        .groupBy(caseObjectionsTable.organisationId)
        .orderBy(desc(sql`count(*)`), asc(caseObjectionsTable.organisationId));
    },

    /**
     * Earlier cases of any of these petitioners received since `since` in a sub-category of the same
     * top-level category (the same or a related matter), newest first: repeat detection.
     */
    earlierCasesOf(personIds: readonly string[], since: Date, parentCategoryId: string | null) {
      return db
        .selectDistinct({
          id: casesTable.id,
          categoryId: casesTable.categoryId,
          final: casesTable.final,
          receivedAt: casesTable.receivedAt,
          status: casesTable.status,
          deadlineAt: casesTable.deadlineAt,
          level: casesTable.level,
        })
        .from(casesTable)
        .innerJoin(casePetitionersTable, eq(casePetitionersTable.caseId, casesTable.id))
        .innerJoin(categoriesTable, eq(categoriesTable.id, casesTable.categoryId))
        .where(
          and(
            inArray(casePetitionersTable.personId, [...personIds]),
            gte(casesTable.receivedAt, since),
            parentCategoryId ? eq(categoriesTable.parentId, parentCategoryId) : undefined,
          ),
        )
        .orderBy(desc(casesTable.receivedAt));
    },

    async insertLinks(caseId: string, earlierIds: readonly string[]) {
      if (earlierIds.length)
        await db
          .insert(caseLinksTable)
          .values(earlierIds.map((earlierCaseId) => ({ caseId, earlierCaseId, kind: 'REPEAT' as const })));
    },

    linksOf: (caseIds: readonly string[]) => rowsWhereIn(db, caseLinksTable, caseLinksTable.caseId, caseIds),

    async insertAttachments(
      caseId: string,
      rows: { name: string; mediaType: string; sizeBytes: number; checksum: string; storageKey: string }[],
      at: Date,
    ) {
      if (rows.length) await db.insert(caseAttachmentsTable).values(rows.map((r) => ({ ...r, caseId, createdAt: at })));
    },

    attachmentsOf: (caseIds: readonly string[]) => {
      const a = caseAttachmentsTable;
      return rowsWhereIn(db, a, a.caseId, caseIds, asc(a.caseId), asc(a.createdAt), asc(a.name));
    },

    async markRepresentatives(caseId: string, personIds: readonly string[]) {
      if (personIds.length) {
        await db
          .update(casePetitionersTable)
          .set({ representative: true })
          .where(and(eq(casePetitionersTable.caseId, caseId), inArray(casePetitionersTable.personId, [...personIds])));
      }
    },

    /** Cases whose clocks may still move: every case not finished, or reopened one level up. */
    openCases() {
      return db
        .select({
          id: casesTable.id,
          repeat: casesTable.repeat,
          deadlineAt: casesTable.deadlineAt,
          version: casesTable.version,
        })
        .from(casesTable)
        .where(notInArray(casesTable.status, [...FINISHED_STATUSES]));
    },

    /** Rewrites the deadline projection of many cases in one statement. */
    async setDeadlines(rows: readonly { id: string; deadlineAt: Date }[]) {
      if (!rows.length) return;
      const values = sql.join(
        rows.map((r) => sql`(${r.id}::uuid, ${r.deadlineAt.toISOString()}::timestamptz)`),
        sql`, `,
      );
      await db.execute(
        sql`update ${casesTable} set deadline_at = v.d from (values ${values}) as v(id, d) where ${casesTable.id} = v.id`,
      );
    },

    async calendar(): Promise<WorkCalendar> {
      const [days, years] = await Promise.all([
        db.select().from(calendarDaysTable),
        db.select({ year: calendarYearsTable.year }).from(calendarYearsTable),
      ]);
      return calendarFrom(
        days,
        years.map((y) => y.year),
      );
    },

    calendarDays(from: string, to: string) {
      return db
        .select()
        .from(calendarDaysTable)
        .where(and(gte(calendarDaysTable.day, from), lte(calendarDaysTable.day, to)))
        .orderBy(asc(calendarDaysTable.day));
    },

    async setCalendarDay(day: string, kind: 'HOLIDAY' | 'WORKDAY', name: string) {
      await db
        .insert(calendarDaysTable)
        .values({ day, kind, name })
        .onConflictDoUpdate({ target: calendarDaysTable.day, set: { kind, name } });
    },

    async removeCalendarDay(day: string): Promise<boolean> {
      const removed = await db.delete(calendarDaysTable).where(eq(calendarDaysTable.day, day)).returning();
      return removed.length > 0;
    },

    /** The limits and thresholds the admins have set; the cases subgraph supplies the defaults for the rest. */
    async storedRules(): Promise<Record<string, number>> {
      const [row] = await db.select().from(caseRulesTable).where(eq(caseRulesTable.id, 1));
      return row?.rules ?? {};
    },

    async saveRules(rules: Record<string, number>, at: Date) {
      await db
        .insert(caseRulesTable)
        .values({ id: 1, rules, updatedAt: at })
        .onConflictDoUpdate({ target: caseRulesTable.id, set: { rules, updatedAt: at } });
    },
  };
}

export type CaseWorkflowRepository = ReturnType<typeof createCaseWorkflowRepository>;
