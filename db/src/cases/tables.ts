import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgSchema,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  actor,
  at,
  codeAndName,
  day,
  fen,
  flag,
  id,
  jsonDetails,
  partOf,
  ref,
  timestamps,
  version,
} from '../shared/columns';

export const casesSchema = pgSchema('cases');

/** The case a row is part of (its units, links, petitioners, events …), deleted with it. */
const partOfCase = () => partOf('case_id', () => casesTable.id);

export const CHANNELS = [
  'VISIT',
  'LETTER',
  'ONLINE',
  'PHONE',
  'SMS',
  'WECHAT',
  'VIDEO',
  'LEADER_MAILBOX',
  'HOTLINE_12345',
  'ASSIGNED_BY_SUPERIOR',
  'GRID_REPORT',
  'PROXY_AGENT',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const CASE_STATUSES = [
  'REGISTERED',
  'ROUTED',
  'ACCEPTED',
  'IN_HANDLING',
  'REPLIED',
  'FOLLOWED_UP',
  'CLOSED',
  'NOT_ACCEPTED',
  'HANDED_OVER',
  'REEXAMINING',
  'REVIEWING',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Statuses in which no clock runs any more and the case counts as finished. */
export const FINISHED_STATUSES: readonly CaseStatus[] = ['CLOSED', 'NOT_ACCEPTED', 'HANDED_OVER'];

export const LEGAL_CHANNELS = ['COURT_FILING', 'LABOR_ARBITRATION', 'ADMINISTRATIVE_RECONSIDERATION'] as const;
export type LegalChannel = (typeof LEGAL_CHANNELS)[number];

export const HANDLING_MODES = ['FIRST_TIME', 'REPEAT_TEAM', 'TASK_FORCE', 'LEADER_OWNED', 'LISTED_HARD_CASE'] as const;
export type HandlingMode = (typeof HANDLING_MODES)[number];

export const SATISFACTIONS = ['SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];

export const CLOSURE_OUTCOMES = [
  'RESOLVED',
  'EXPLAINED_AND_ACCEPTED',
  'NOT_ACCEPTED_WITH_REASON',
  'HANDED_TO_LEGAL_CHANNEL',
  'WITHDRAWN',
] as const;
export type ClosureOutcome = (typeof CLOSURE_OUTCOMES)[number];

/** The two-level category taxonomy (问题分类): top-level rows have no parent. */
export const categoriesTable = casesSchema.table(
  'categories',
  {
    id: id(),
    ...codeAndName(),
    parentId: uuid('parent_id').references((): AnyPgColumn => categoriesTable.id),
    sortOrder: integer('sort_order').notNull().default(0),
    active: boolean('active').notNull().default(true),
    ...timestamps,
  },
  (t) => [index('categories_parent_idx').on(t.parentId)],
);

/**
 * A category's routing rule (分流规则): the units its cases usually go to, in the order the routing picker
 * offers them first. Organisation ids are the grid subgraph's, checked with it when the rule is set.
 */
export const categoryRoutingUnitsTable = casesSchema.table(
  'category_routing_units',
  {
    categoryId: partOf('category_id', () => categoriesTable.id),
    organisationId: uuid('organisation_id').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.categoryId, t.organisationId] })],
);

export type CategoryRoutingUnitRow = typeof categoryRoutingUnitsTable.$inferSelect;

/** One grievance or dispute (信访事项), from intake to closure. */
export const casesTable = casesSchema.table(
  'cases',
  {
    id: id(),
    number: text('number').notNull().unique(),
    trackingCode: text('tracking_code').notNull().unique(),
    channel: text('channel').$type<Channel>().notNull(),
    categoryId: ref('category_id', () => categoriesTable.id),
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
    version: version(),
    // Intake details by channel: a 12345 work order, a superior's assignment, a proxy agent.
    externalOrderNumber: text('external_order_number'),
    assigningBody: text('assigning_body'),
    assigningDeadlineAt: at('assigning_deadline_at'),
    proxyAgentPersonId: uuid('proxy_agent_person_id'),
    // Screening flags (甄别).
    repeat: flag('repeat'),
    groupPetition: flag('group_petition'),
    crossLevel: flag('cross_level'),
    lawRelated: flag('law_related'),
    legalChannel: text('legal_channel').$type<LegalChannel>(),
    /** A new petition on facts already reviewed (Art. 36): flagged at intake, never accepted. */
    finalityBarred: flag('finality_barred'),
    /** A cross-level petition on a matter still inside its handling period below (Art. 19): not accepted at this level. */
    pendingBelow: flag('pending_below'),
    // Projections of the event log, written only by the transition engine in the event's transaction.
    handlingMode: text('handling_mode').$type<HandlingMode>().notNull().default('FIRST_TIME'),
    ownerPersonId: uuid('owner_person_id'),
    workFundFen: fen('work_fund_fen'),
    level: integer('level').notNull().default(0),
    final: flag('final'),
    satisfaction: text('satisfaction').$type<Satisfaction>(),
    outcome: text('outcome').$type<ClosureOutcome>(),
    routedAt: at('routed_at'),
    repliedAt: at('replied_at'),
    closedAt: at('closed_at'),
    ...timestamps,
  },
  (t) => [
    index('cases_received_idx').on(t.receivedAt, t.id),
    index('cases_deadline_idx').on(t.deadlineAt, t.id),
    index('cases_status_idx').on(t.status),
    index('cases_category_idx').on(t.categoryId),
    index('cases_grid_unit_idx').on(t.gridUnitId),
    index('cases_organisation_idx').on(t.responsibleOrganisationId),
    index('cases_mediator_idx').on(t.mediatorId),
    index('cases_organisation_deadline_idx').on(t.responsibleOrganisationId, t.deadlineAt),
    // The search box and the clock filters (CaseFilter.search, warning, overdue, daysLeftAtMost).
    index('cases_external_order_number_idx').on(t.externalOrderNumber),
    index('cases_status_deadline_idx').on(t.status, t.deadlineAt),
    // Characters and character pairs of the title (cases.title_grams, in the migration): words of any script,
    // Chinese ones too, which have no spaces for a word index to split on.
    index('cases_title_grams_idx').using('gin', sql`"cases"."title_grams"(${t.title})`),
  ],
);

/** Every unit a case is routed to; a split routing has several, exactly one of them the lead. */
export const caseUnitsTable = casesSchema.table(
  'case_units',
  {
    caseId: partOfCase(),
    organisationId: uuid('organisation_id').notNull(),
    lead: boolean('lead').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.organisationId] }),
    index('case_units_organisation_idx').on(t.organisationId),
  ],
);

/** Earlier cases a case is linked to at screening (a repeat petition, 重信重访). */
export const caseLinksTable = casesSchema.table(
  'case_links',
  {
    caseId: partOfCase(),
    earlierCaseId: partOf('earlier_case_id', () => casesTable.id),
    kind: text('kind').$type<'REPEAT'>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.earlierCaseId] }), index('case_links_earlier_idx').on(t.earlierCaseId)],
);

/**
 * A file attached to a case (or one of its handling steps). Uploaded files are `stored`: their bytes are in the
 * file store under `checksum` (SHA-256, checked by the gateway), which is also their `storage_key`, and a case
 * holds the same bytes once. Rows registered at intake before uploads existed are metadata only.
 */
export const caseAttachmentsTable = casesSchema.table(
  'case_attachments',
  {
    id: id(),
    caseId: partOfCase(),
    name: text('name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    checksum: text('checksum').notNull(),
    storageKey: text('storage_key').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    /** The handling step (a HANDLING_STEP event of the case) the file documents, if any. */
    handlingStepId: uuid('handling_step_id').references((): AnyPgColumn => caseEventsTable.id, {
      onDelete: 'set null',
    }),
    /** The account that uploaded it. */
    uploadedBy: uuid('uploaded_by'),
    /** Whether the bytes are in the file store (uploaded), not only described. */
    stored: boolean('stored').notNull().default(false),
  },
  (t) => [
    index('case_attachments_case_idx').on(t.caseId),
    index('case_attachments_step_idx').on(t.handlingStepId),
    uniqueIndex('case_attachments_stored_file_idx')
      .on(t.caseId, t.checksum)
      .where(sql`${t.stored}`),
  ],
);

/** A unit's objection that a case was routed to it by mistake; counted per unit. */
export const caseObjectionsTable = casesSchema.table(
  'case_objections',
  {
    id: id(),
    caseId: partOfCase(),
    organisationId: uuid('organisation_id').notNull(),
    reason: text('reason').notNull(),
    at: at('at').notNull(),
  },
  (t) => [index('case_objections_organisation_idx').on(t.organisationId, t.at)],
);

/** The holiday calendar admins maintain: public holidays and the weekend days worked in exchange (调休). */
export const calendarDaysTable = casesSchema.table('calendar_days', {
  day: day('day').primaryKey(),
  kind: text('kind').$type<'HOLIDAY' | 'WORKDAY'>().notNull(),
  name: text('name').notNull(),
});

/**
 * The years whose calendar someone has maintained, and from what: a year listed here has its public holidays
 * and make-up working days in `calendar_days`; a deadline in a year not listed is counted on weekends alone
 * and carries a warning until an admin imports that year's official schedule.
 */
export const calendarYearsTable = casesSchema.table('calendar_years', {
  year: integer('year').primaryKey(),
  /** The official notice the days come from, as an admin named it (or the seed did). */
  source: text('source').notNull(),
  maintainedAt: at('maintained_at').notNull().defaultNow(),
});

/** The centre's configurable limits and warning thresholds: one row, a JSON document. */
export const caseRulesTable = casesSchema.table('case_rules', {
  id: integer('id').primaryKey(),
  rules: jsonb('rules').$type<Record<string, number>>().notNull(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

/** Who brought a case; a group petition (群体访) has several. */
export const casePetitionersTable = casesSchema.table(
  'case_petitioners',
  {
    caseId: partOfCase(),
    personId: uuid('person_id').notNull(),
    position: integer('position').notNull(),
    /** One of at most 5 representatives of a group petition (Art. 20). */
    representative: flag('representative'),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.personId] }), index('case_petitioners_person_idx').on(t.personId)],
);

/** The case's event log: every transition, from which status and deadlines are derived. */
export const caseEventsTable = casesSchema.table(
  'case_events',
  {
    id: id(),
    caseId: partOfCase(),
    kind: text('kind').notNull(),
    at: at('at').notNull(),
    actorAccountId: actor(),
    data: jsonDetails('data'),
    /** Insertion order, which breaks ties between events of the same millisecond. */
    sequence: bigserial('sequence', { mode: 'number' }).notNull(),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.at)],
);

/** Per-year counter behind human case numbers such as `2026-000123`; one atomic upsert per number. */
export const caseNumberCountersTable = casesSchema.table('case_number_counters', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
});

export type CategoryRow = typeof categoriesTable.$inferSelect;
export type CaseRow = typeof casesTable.$inferSelect;
export type CaseEventRow = typeof caseEventsTable.$inferSelect;
export type CaseUnitRow = typeof caseUnitsTable.$inferSelect;
export type CaseAttachmentRow = typeof caseAttachmentsTable.$inferSelect;
export type CalendarDayRow = typeof calendarDaysTable.$inferSelect;
