import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgSchema,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { at, id, timestamps } from '../columns';

export const gridSchema = pgSchema('grid');

/** A required reference to the row this one is part of: deleting that row deletes this one too. */
const partOf = (name: string, target: () => AnyPgColumn) =>
  uuid(name).notNull().references(target, { onDelete: 'cascade' });

export const GRID_LEVELS = ['COUNTY', 'TOWNSHIP', 'WORK_AREA', 'VILLAGE', 'GRID'] as const;
export type GridLevel = (typeof GRID_LEVELS)[number];

export const ORGANISATION_KINDS = [
  'PETITION_OFFICE',
  'DEPARTMENT',
  'TOWNSHIP',
  'COURT',
  'PROCURATORATE',
  'POLICE',
  'LABOR_ARBITRATION',
  'LEGAL_AID_CENTRE',
  'MEDIATION_COMMITTEE',
  'SUB_CENTRE',
  'STUDIO',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/**
 * The administrative grid as a tree. `path` is the materialized path of ids from the root,
 * `/root/…/self/`, so ancestors are `id = any(path)` and a subtree is `path like prefix%`,
 * each one statement at any depth, both served by btree indexes.
 */
export const gridUnitsTable = gridSchema.table(
  'grid_units',
  {
    id: id(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    level: text('level').$type<GridLevel>().notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => gridUnitsTable.id),
    path: text('path').notNull(),
    depth: integer('depth').notNull(),
    ...timestamps,
  },
  (t) => [
    index('grid_units_parent_idx').on(t.parentId),
    index('grid_units_path_idx').on(t.path.op('text_pattern_ops')),
    index('grid_units_level_idx').on(t.level),
  ],
);

/** A department, township, court, mediation committee, studio …: whoever a case can be routed to. */
export const organisationsTable = gridSchema.table(
  'organisations',
  {
    id: id(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    kind: text('kind').$type<OrganisationKind>().notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => organisationsTable.id),
    gridUnitId: uuid('grid_unit_id').references(() => gridUnitsTable.id),
    phone: text('phone'),
    address: text('address'),
    ...timestamps,
  },
  (t) => [index('organisations_kind_idx').on(t.kind), index('organisations_parent_idx').on(t.parentId)],
);

export type GridUnitRow = typeof gridUnitsTable.$inferSelect;
export type OrganisationRow = typeof organisationsTable.$inferSelect;

/** The "one head, three members" (一长三员) of a grid unit: grid head, county and township instructors, grid members. */
export const GRID_STAFF_ROLES = ['GRID_HEAD', 'COUNTY_INSTRUCTOR', 'TOWNSHIP_INSTRUCTOR', 'GRID_MEMBER'] as const;
export type GridStaffRole = (typeof GRID_STAFF_ROLES)[number];

/** The routing channels an organisation accepts: the "ten dockings" (十个对接). */
export const ROUTING_CHANNELS = [
  'TOWNSHIP',
  'COUNTY_DEPARTMENT',
  'PEOPLES_MEDIATION',
  'COURT_FILING',
  'LABOR_ARBITRATION',
  'ADMINISTRATIVE_RECONSIDERATION',
  'LEGAL_SERVICES',
  'PSYCHOLOGICAL_COUNSELLING',
  'DISCIPLINE_INSPECTION',
  'SUPERVISION',
] as const;
export type RoutingChannel = (typeof ROUTING_CHANNELS)[number];

/** A GeoJSON polygon or multipolygon (coordinates in WGS 84 longitude, latitude). */
export interface GeoJsonArea {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: unknown[];
}

/** Someone to call at an organisation. */
export interface OrganisationContact {
  name: string;
  title: string | null;
  phone: string | null;
}

/** Where a grid unit's boundary is known, and its staff. Kept apart from the tree so a move touches only paths. */
export const gridUnitDetailsTable = gridSchema.table('grid_unit_details', {
  gridUnitId: uuid('grid_unit_id')
    .primaryKey()
    .references(() => gridUnitsTable.id, { onDelete: 'cascade' }),
  boundary: jsonb('boundary').$type<GeoJsonArea>(),
  ...timestamps,
});

/** One person in one staffing role of one grid unit. */
export const gridStaffTable = gridSchema.table(
  'grid_staff',
  {
    gridUnitId: partOf('grid_unit_id', () => gridUnitsTable.id),
    role: text('role').$type<GridStaffRole>().notNull(),
    personId: uuid('person_id').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.gridUnitId, t.role, t.personId] }), index('grid_staff_person_idx').on(t.personId)],
);

/** What an organisation accepts and who answers there; one row per organisation that has any. */
export const organisationProfilesTable = gridSchema.table('organisation_profiles', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisationsTable.id, { onDelete: 'cascade' }),
  channels: text('channels')
    .array()
    .$type<RoutingChannel[]>()
    .notNull()
    .default(sql`'{}'::text[]`),
  contacts: jsonb('contacts')
    .$type<OrganisationContact[]>()
    .notNull()
    .default(sql`'[]'::jsonb`),
  ...timestamps,
});

export const RESIDENCY_MODES = ['PERMANENT', 'ROTATING', 'ON_CALL'] as const;
export type ResidencyMode = (typeof RESIDENCY_MODES)[number];

/** An organisation staffing the centre (入驻) for a span of days, at a window. */
export const residenciesTable = gridSchema.table(
  'residencies',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisationsTable.id),
    mode: text('mode').$type<ResidencyMode>().notNull(),
    window: text('window'),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    /** Inclusive; null while it lasts. */
    endsOn: date('ends_on', { mode: 'string' }),
    /** For a rotating residency chosen by the monthly plan: the case load it was chosen for. */
    caseLoad: integer('case_load'),
    ...timestamps,
  },
  (t) => [
    index('residencies_span_idx').on(t.startsOn, t.endsOn),
    index('residencies_organisation_idx').on(t.organisationId),
  ],
);

export const DUTY_SHIFT_KINDS = ['WORK_HOURS', 'NOON', 'NIGHT', 'WEEKEND_DAY', 'WEEKEND_LEADER'] as const;
export type DutyShiftKind = (typeof DUTY_SHIFT_KINDS)[number];

/** One person on duty (值班) from `starts_at` to `ends_at`. */
export const dutyShiftsTable = gridSchema.table(
  'duty_shifts',
  {
    id: id(),
    kind: text('kind').$type<DutyShiftKind>().notNull(),
    personId: uuid('person_id').notNull(),
    startsAt: at('starts_at').notNull(),
    endsAt: at('ends_at').notNull(),
    note: text('note'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('duty_shifts_span_idx').on(t.startsAt, t.endsAt),
    index('duty_shifts_person_idx').on(t.personId, t.startsAt),
  ],
);

/** A person's leave; a shift over it is a conflict. */
export const dutyLeavesTable = gridSchema.table(
  'duty_leaves',
  {
    id: id(),
    personId: uuid('person_id').notNull(),
    startsAt: at('starts_at').notNull(),
    endsAt: at('ends_at').notNull(),
    reason: text('reason'),
    ...timestamps,
  },
  (t) => [index('duty_leaves_person_idx').on(t.personId, t.startsAt)],
);

/** Two shifts whose people changed places, and who approved it. */
export const dutySwapsTable = gridSchema.table(
  'duty_swaps',
  {
    id: id(),
    firstShiftId: partOf('first_shift_id', () => dutyShiftsTable.id),
    secondShiftId: partOf('second_shift_id', () => dutyShiftsTable.id),
    firstPersonId: uuid('first_person_id').notNull(),
    secondPersonId: uuid('second_person_id').notNull(),
    approvedByAccountId: uuid('approved_by_account_id').notNull(),
    reason: text('reason'),
    ...timestamps,
  },
  (t) => [index('duty_swaps_first_idx').on(t.firstShiftId), index('duty_swaps_second_idx').on(t.secondShiftId)],
);

export const GRID_EVENT_STATUSES = [
  'REPORTED',
  'DISPOSED',
  'WHISTLED',
  'RESPONDED',
  'CLOSED',
  'ESCALATING',
  'ESCALATED',
] as const;
export type GridEventStatus = (typeof GRID_EVENT_STATUSES)[number];

/** A photo taken on patrol: metadata only, the file lives in the document store. */
export interface GridEventPhoto {
  url: string;
  caption: string | null;
  takenAt: string | null;
}

/** Something a grid worker found on patrol (网格事件), from report to feedback. */
export const gridEventsTable = gridSchema.table(
  'grid_events',
  {
    id: id(),
    gridUnitId: uuid('grid_unit_id')
      .notNull()
      .references(() => gridUnitsTable.id),
    /** A category of the cases subgraph's taxonomy. */
    categoryId: uuid('category_id').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    place: text('place'),
    longitude: doublePrecision('longitude'),
    latitude: doublePrecision('latitude'),
    photos: jsonb('photos')
      .$type<GridEventPhoto[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    status: text('status').$type<GridEventStatus>().notNull().default('REPORTED'),
    occurredAt: at('occurred_at').notNull(),
    reportedAt: at('reported_at').notNull(),
    reportedByAccountId: uuid('reported_by_account_id'),
    disposal: text('disposal'),
    disposedAt: at('disposed_at'),
    whistledToOrganisationId: uuid('whistled_to_organisation_id').references(() => organisationsTable.id),
    whistledAt: at('whistled_at'),
    responseDueAt: at('response_due_at'),
    response: text('response'),
    respondedAt: at('responded_at'),
    feedback: text('feedback'),
    satisfied: boolean('satisfied'),
    closedAt: at('closed_at'),
    caseId: uuid('case_id'),
    escalatedAt: at('escalated_at'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('grid_events_reported_idx').on(t.reportedAt, t.id),
    index('grid_events_grid_unit_idx').on(t.gridUnitId),
    index('grid_events_whistled_idx').on(t.whistledToOrganisationId, t.status, t.responseDueAt),
    index('grid_events_case_idx').on(t.caseId),
  ],
);

/** A joint meeting (联席会议) of leaders and departments on hot issues. */
export const jointMeetingsTable = gridSchema.table(
  'joint_meetings',
  {
    id: id(),
    title: text('title').notNull(),
    scheduledAt: at('scheduled_at').notNull(),
    place: text('place'),
    /** Hot categories, overdue cases and other matters on the agenda. */
    topics: jsonb('topics')
      .$type<{ kind: string; text: string; refId: string | null }[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    organisationIds: uuid('organisation_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    ...timestamps,
  },
  (t) => [index('joint_meetings_scheduled_idx').on(t.scheduledAt, t.id)],
);

/** A decision of a joint meeting, owned by one organisation, due on a date. */
export const meetingDecisionsTable = gridSchema.table(
  'meeting_decisions',
  {
    id: id(),
    meetingId: partOf('meeting_id', () => jointMeetingsTable.id),
    text: text('text').notNull(),
    ownerOrganisationId: uuid('owner_organisation_id')
      .notNull()
      .references(() => organisationsTable.id),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    doneAt: at('done_at'),
    /** Follow-up notes, oldest first. */
    followUps: jsonb('follow_ups')
      .$type<{ at: string; note: string; accountId: string | null }[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    ...timestamps,
  },
  (t) => [
    index('meeting_decisions_meeting_idx').on(t.meetingId),
    index('meeting_decisions_owner_idx').on(t.ownerOrganisationId, t.dueOn),
  ],
);

export type GridStaffRow = typeof gridStaffTable.$inferSelect;
export type OrganisationProfileRow = typeof organisationProfilesTable.$inferSelect;
export type ResidencyRow = typeof residenciesTable.$inferSelect;
export type DutyShiftRow = typeof dutyShiftsTable.$inferSelect;
export type DutyLeaveRow = typeof dutyLeavesTable.$inferSelect;
export type DutySwapRow = typeof dutySwapsTable.$inferSelect;
export type GridEventRow = typeof gridEventsTable.$inferSelect;
export type JointMeetingRow = typeof jointMeetingsTable.$inferSelect;
export type MeetingDecisionRow = typeof meetingDecisionsTable.$inferSelect;
