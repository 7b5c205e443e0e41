import { and, asc, desc, eq, inArray, max, sql } from 'drizzle-orm';
import { accessLogTable } from '../audit/tables';
import type { Executor } from '../database';
import {
  type NoticeKind,
  noticeNumberCountersTable,
  type NoticeRow,
  noticeSettingsTable,
  noticesTable,
  noticeTemplatesTable,
  type NoticeTemplateRow,
} from './notice-tables';

export type NewNotice = Omit<typeof noticesTable.$inferInsert, 'id'>;

/** The statements behind written notices: their templates and versions, numbers, settings and issued rows. */
export function createNoticesRepository(db: Executor) {
  return {
    /** The version in force of each kind: its newest. */
    templatesInForce(): Promise<NoticeTemplateRow[]> {
      return db
        .selectDistinctOn([noticeTemplatesTable.kind])
        .from(noticeTemplatesTable)
        .orderBy(asc(noticeTemplatesTable.kind), desc(noticeTemplatesTable.version));
    },

    async templateInForce(kind: NoticeKind): Promise<NoticeTemplateRow | undefined> {
      const [row] = await db
        .select()
        .from(noticeTemplatesTable)
        .where(eq(noticeTemplatesTable.kind, kind))
        .orderBy(desc(noticeTemplatesTable.version))
        .limit(1);
      return row;
    },

    /** Every version of a kind, newest first. */
    templateVersions(kind: NoticeKind): Promise<NoticeTemplateRow[]> {
      return db
        .select()
        .from(noticeTemplatesTable)
        .where(eq(noticeTemplatesTable.kind, kind))
        .orderBy(desc(noticeTemplatesTable.version));
    },

    templatesByIds(ids: readonly string[]): Promise<NoticeTemplateRow[]> {
      return db
        .select()
        .from(noticeTemplatesTable)
        .where(inArray(noticeTemplatesTable.id, [...ids]));
    },

    /** Adds the next version of a kind's template. */
    async addTemplateVersion(values: {
      kind: NoticeKind;
      title: string;
      body: string;
      createdAt: Date;
      createdBy: string | null;
    }): Promise<NoticeTemplateRow> {
      const [last] = await db
        .select({ version: max(noticeTemplatesTable.version) })
        .from(noticeTemplatesTable)
        .where(eq(noticeTemplatesTable.kind, values.kind));
      const [row] = await db
        .insert(noticeTemplatesTable)
        .values({ ...values, version: (last?.version ?? 0) + 1 })
        .returning();
      return row!;
    },

    /** Seeds version 1 of the kinds that have none yet; idempotent, and safe when several replicas start at once. */
    async seedTemplates(defaults: readonly { kind: NoticeKind; title: string; body: string }[]): Promise<number> {
      if (!defaults.length) return 0;
      const added = await db
        .insert(noticeTemplatesTable)
        .values(defaults.map((d) => ({ ...d, version: 1, createdBy: null })))
        .onConflictDoNothing({ target: [noticeTemplatesTable.kind, noticeTemplatesTable.version] })
        .returning({ id: noticeTemplatesTable.id });
      return added.length;
    },

    async settings() {
      const [row] = await db.select().from(noticeSettingsTable).where(eq(noticeSettingsTable.id, 1));
      return row;
    },

    async saveSettings(values: { centreName: string; numberPrefix: string; updatedAt: Date }) {
      const [row] = await db
        .insert(noticeSettingsTable)
        .values({ id: 1, ...values })
        .onConflictDoUpdate({ target: noticeSettingsTable.id, set: values })
        .returning();
      return row!;
    },

    /** The next number of a kind in a year (1, 2, …), taken atomically in the caller's transaction. */
    async nextNumber(year: number, kind: NoticeKind): Promise<number> {
      const [row] = await db
        .insert(noticeNumberCountersTable)
        .values({ year, kind, last: 1 })
        .onConflictDoUpdate({
          target: [noticeNumberCountersTable.year, noticeNumberCountersTable.kind],
          set: { last: sql`${noticeNumberCountersTable.last} + 1` },
        })
        .returning({ last: noticeNumberCountersTable.last });
      return row!.last;
    },

    /** The last version of a kind issued on a case, 0 when none. */
    async lastVersion(caseId: string, kind: NoticeKind): Promise<number> {
      const [row] = await db
        .select({ version: max(noticesTable.version) })
        .from(noticesTable)
        .where(and(eq(noticesTable.caseId, caseId), eq(noticesTable.kind, kind)));
      return row?.version ?? 0;
    },

    async insert(values: NewNotice): Promise<NoticeRow> {
      const [row] = await db.insert(noticesTable).values(values).returning();
      return row!;
    },

    async noticeById(id: string): Promise<NoticeRow | undefined> {
      const [row] = await db.select().from(noticesTable).where(eq(noticesTable.id, id));
      return row;
    },

    /** The notices of many cases, each case's in the order they were issued. */
    noticesOf(caseIds: readonly string[]): Promise<NoticeRow[]> {
      return db
        .select()
        .from(noticesTable)
        .where(inArray(noticesTable.caseId, [...caseIds]))
        .orderBy(
          asc(noticesTable.caseId),
          asc(noticesTable.issuedAt),
          asc(noticesTable.kind),
          asc(noticesTable.version),
        );
    },

    /** A download link to a notice (which names people) was handed out: who, when, under which request. */
    async logDownloadLink(entry: {
      noticeId: string;
      actorAccountId: string | null;
      requestId: string | null;
      at: Date;
    }) {
      await db.insert(accessLogTable).values({
        at: entry.at,
        actorAccountId: entry.actorAccountId,
        entityType: 'Notice',
        entityId: entry.noticeId,
        field: 'downloadUrl',
        requestId: entry.requestId,
      });
    },
  };
}

export type NoticesRepository = ReturnType<typeof createNoticesRepository>;
