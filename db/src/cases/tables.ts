import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn, boolean, index, integer, jsonb, pgSchema, primaryKey, text, uuid,
} from 'drizzle-orm/pg-core';
import { at, id, timestamps } from '../columns';

export const casesSchema = pgSchema('cases');

export const CHANNELS = [
  'VISIT', 'LETTER', 'ONLINE', 'PHONE', 'SMS', 'WECHAT', 'VIDEO', 'LEADER_MAILBOX', 'HOTLINE_12345',
  'ASSIGNED_BY_SUPERIOR', 'GRID_REPORT', 'PROXY_AGENT',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const CASE_STATUSES = [
  'REGISTERED', 'ROUTED', 'ACCEPTED', 'IN_HANDLING', 'REPLIED', 'FOLLOWED_UP', 'CLOSED', 'NOT_ACCEPTED', 'HANDED_OVER',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** The two-level category taxonomy (问题分类): top-level rows have no parent. */
export const categoriesTable = casesSchema.table('categories', {
  id: id(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  parentId: uuid('parent_id').references((): AnyPgColumn => categoriesTable.id),
  sortOrder: integer('sort_order').notNull().default(0),
  active: boolean('active').notNull().default(true),
  ...timestamps,
}, (t) => [index('categories_parent_idx').on(t.parentId)]);

/** One grievance or dispute (信访事项), from intake to closure. */
export const casesTable = casesSchema.table('cases', {
  id: id(),
  number: text('number').notNull().unique(),
  trackingCode: text('tracking_code').notNull().unique(),
  channel: text('channel').$type<Channel>().notNull(),
  categoryId: uuid('category_id').notNull().references(() => categoriesTable.id),
  title: text('title').notNull(),
  description: text('description').notNull(),
  gridUnitId: uuid('grid_unit_id').notNull(),
  responsibleOrganisationId: uuid('responsible_organisation_id'),
  mediatorId: uuid('mediator_id'),
  status: text('status').$type<CaseStatus>().notNull().default('REGISTERED'),
  headCount: integer('head_count').notNull().default(1),
  contactPhoneEnc: text('contact_phone_enc'),
  contactPhoneLast4: text('contact_phone_last4'),
  receivedAt: at('received_at').notNull(),
  deadlineAt: at('deadline_at').notNull(),
  registeredBy: uuid('registered_by'),
  version: integer('version').notNull().default(1),
  ...timestamps,
}, (t) => [
  index('cases_received_idx').on(t.receivedAt, t.id),
  index('cases_deadline_idx').on(t.deadlineAt, t.id),
  index('cases_status_idx').on(t.status),
  index('cases_category_idx').on(t.categoryId),
  index('cases_grid_unit_idx').on(t.gridUnitId),
  index('cases_organisation_idx').on(t.responsibleOrganisationId),
  index('cases_mediator_idx').on(t.mediatorId),
]);

/** Who brought a case; a group petition (群体访) has several. */
export const casePetitionersTable = casesSchema.table('case_petitioners', {
  caseId: uuid('case_id').notNull().references(() => casesTable.id, { onDelete: 'cascade' }),
  personId: uuid('person_id').notNull(),
  position: integer('position').notNull(),
}, (t) => [
  primaryKey({ columns: [t.caseId, t.personId] }),
  index('case_petitioners_person_idx').on(t.personId),
]);

/** The case's event log: every transition, from which status and deadlines are derived. */
export const caseEventsTable = casesSchema.table('case_events', {
  id: id(),
  caseId: uuid('case_id').notNull().references(() => casesTable.id, { onDelete: 'cascade' }),
  kind: text('kind').notNull(),
  at: at('at').notNull(),
  actorAccountId: uuid('actor_account_id'),
  data: jsonb('data').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
}, (t) => [index('case_events_case_idx').on(t.caseId, t.at)]);

/** Per-year counter behind human case numbers such as `2026-000123`; one atomic upsert per number. */
export const caseNumberCountersTable = casesSchema.table('case_number_counters', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
});

export type CategoryRow = typeof categoriesTable.$inferSelect;
export type CaseRow = typeof casesTable.$inferSelect;
export type CaseEventRow = typeof caseEventsTable.$inferSelect;
