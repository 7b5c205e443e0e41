import { index, pgSchema, text, uuid } from 'drizzle-orm/pg-core';
import { actor, at, id, jsonDetails } from '../shared/columns';

export const auditSchema = pgSchema('audit');

/** One row per mutation, written in the mutation's own transaction. */
export const auditEventsTable = auditSchema.table(
  'events',
  {
    id: id(),
    at: at('at').notNull().defaultNow(),
    subgraph: text('subgraph').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id'),
    actorAccountId: actor(),
    requestId: text('request_id'),
    data: jsonDetails('data'),
  },
  (t) => [index('audit_events_entity_idx').on(t.entityType, t.entityId), index('audit_events_at_idx').on(t.at)],
);

/** Every time a personal identifier is shown unmasked: who saw whose what. */
export const accessLogTable = auditSchema.table(
  'access_log',
  {
    id: id(),
    at: at('at').notNull().defaultNow(),
    actorAccountId: actor(),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    field: text('field').notNull(),
    requestId: text('request_id'),
  },
  (t) => [index('access_log_entity_idx').on(t.entityType, t.entityId)],
);

export type AuditEventRow = typeof auditEventsTable.$inferSelect;
