// Grid events and joint meetings.
import { boolean, doublePrecision, index, text, uuid } from 'drizzle-orm/pg-core';
import { at, day, id, jsonList, partOf, ref, timestamps, uuidList, version } from '../shared/columns';
import { gridSchema, gridUnitsTable, organisationsTable } from './tree-tables';

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
    gridUnitId: ref('grid_unit_id', () => gridUnitsTable.id),
    /** A category of the cases subgraph's taxonomy. */
    categoryId: uuid('category_id').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    place: text('place'),
    longitude: doublePrecision('longitude'),
    latitude: doublePrecision('latitude'),
    photos: jsonList<GridEventPhoto>('photos'),
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
    version: version(),
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
    topics: jsonList<{ kind: string; text: string; refId: string | null }>('topics'),
    organisationIds: uuidList('organisation_ids'),
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
    ownerOrganisationId: ref('owner_organisation_id', () => organisationsTable.id),
    dueOn: day('due_on').notNull(),
    doneAt: at('done_at'),
    /** Follow-up notes, oldest first. */
    followUps: jsonList<{ at: string; note: string; accountId: string | null }>('follow_ups'),
    ...timestamps,
  },
  (t) => [
    index('meeting_decisions_meeting_idx').on(t.meetingId),
    index('meeting_decisions_owner_idx').on(t.ownerOrganisationId, t.dueOn),
  ],
);

export type GridEventRow = typeof gridEventsTable.$inferSelect;
export type JointMeetingRow = typeof jointMeetingsTable.$inferSelect;
export type MeetingDecisionRow = typeof meetingDecisionsTable.$inferSelect;
