import { integer, jsonb, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { at, id } from '../shared/columns';
import { casesSchema, casesTable } from './tables';

/**
 * The written notices (书面告知 and opinions) a centre issues on a case: what the 2022 Regulations make it put
 * in writing (acceptance or not, transfer, reply, re-examination and review opinions, supervision) and the
 * papers a mediation ends in.
 */
export const NOTICE_KINDS = [
  'ACCEPTANCE',
  'NON_ACCEPTANCE',
  'TRANSFER',
  'REPLY',
  'REEXAMINATION_OPINION',
  'REVIEW_OPINION',
  'MEDIATION_AGREEMENT',
  'FACT_CONFIRMATION',
  'SUPERVISION_LETTER',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/**
 * Every version of each kind's template (title and body with `{{placeholders}}`). A row never changes:
 * editing a template adds the next version, and an issued notice names the version it was made from.
 */
export const noticeTemplatesTable = casesSchema.table(
  'notice_templates',
  {
    id: id(),
    kind: text('kind').$type<NoticeKind>().notNull(),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    /** The account that wrote this version; null for the defaults OneDoor seeds. */
    createdBy: uuid('created_by'),
  },
  (t) => [uniqueIndex('notice_templates_kind_version_idx').on(t.kind, t.version)],
);

/**
 * An issued notice: its number, the version of this kind for its case, the template version it was made from,
 * and the checksum of its frozen bytes in the file store. Never updated: reissuing adds the next version.
 */
export const noticesTable = casesSchema.table(
  'notices',
  {
    id: id(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => casesTable.id),
    kind: text('kind').$type<NoticeKind>().notNull(),
    /** Document number (文号), unique, such as `信受〔2026〕12号`. */
    number: text('number').notNull().unique(),
    /** 1 for the first notice of this kind on the case, 2 for its first reissue, … */
    version: integer('version').notNull(),
    templateId: uuid('template_id')
      .notNull()
      .references(() => noticeTemplatesTable.id),
    templateVersion: integer('template_version').notNull(),
    title: text('title').notNull(),
    fileName: text('file_name').notNull(),
    sha256: text('sha256').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    issuedAt: at('issued_at').notNull(),
    issuedBy: uuid('issued_by'),
    /** The values filled into the template (case number, names, unit, deadline, reason …), as issued. */
    values: jsonb('values').$type<Record<string, string>>().notNull(),
  },
  (t) => [uniqueIndex('notices_case_kind_version_idx').on(t.caseId, t.kind, t.version)],
);

/** Per year and kind, the last number issued; one atomic upsert per notice, in the issuing transaction. */
export const noticeNumberCountersTable = casesSchema.table(
  'notice_number_counters',
  {
    year: integer('year').notNull(),
    kind: text('kind').$type<NoticeKind>().notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.kind] })],
);

/** What every notice carries besides the case's data: the centre's name and its document-number prefix. One row. */
export const noticeSettingsTable = casesSchema.table('notice_settings', {
  id: integer('id').primaryKey(),
  centreName: text('centre_name').notNull(),
  numberPrefix: text('number_prefix').notNull(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

export type NoticeTemplateRow = typeof noticeTemplatesTable.$inferSelect;
export type NoticeRow = typeof noticesTable.$inferSelect;
export type NoticeSettingsRow = typeof noticeSettingsTable.$inferSelect;
