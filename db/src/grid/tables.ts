import { type AnyPgColumn, index, integer, pgSchema, text, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../columns';

export const gridSchema = pgSchema('grid');

export const GRID_LEVELS = ['COUNTY', 'TOWNSHIP', 'WORK_AREA', 'VILLAGE', 'GRID'] as const;
export type GridLevel = (typeof GRID_LEVELS)[number];

export const ORGANISATION_KINDS = [
  'PETITION_OFFICE', 'DEPARTMENT', 'TOWNSHIP', 'COURT', 'PROCURATORATE', 'POLICE', 'LABOR_ARBITRATION',
  'LEGAL_AID_CENTRE', 'MEDIATION_COMMITTEE', 'SUB_CENTRE', 'STUDIO',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/**
 * The administrative grid as a tree. `path` is the materialized path of ids from the root,
 * `/root/…/self/`, so ancestors are `id = any(path)` and a subtree is `path like prefix%`,
 * each one statement at any depth, both served by btree indexes.
 */
export const gridUnitsTable = gridSchema.table('grid_units', {
  id: id(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  level: text('level').$type<GridLevel>().notNull(),
  parentId: uuid('parent_id').references((): AnyPgColumn => gridUnitsTable.id),
  path: text('path').notNull(),
  depth: integer('depth').notNull(),
  ...timestamps,
}, (t) => [
  index('grid_units_parent_idx').on(t.parentId),
  index('grid_units_path_idx').on(t.path.op('text_pattern_ops')),
  index('grid_units_level_idx').on(t.level),
]);

/** A department, township, court, mediation committee, studio …: whoever a case can be routed to. */
export const organisationsTable = gridSchema.table('organisations', {
  id: id(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  kind: text('kind').$type<OrganisationKind>().notNull(),
  parentId: uuid('parent_id').references((): AnyPgColumn => organisationsTable.id),
  gridUnitId: uuid('grid_unit_id').references(() => gridUnitsTable.id),
  phone: text('phone'),
  address: text('address'),
  ...timestamps,
}, (t) => [
  index('organisations_kind_idx').on(t.kind),
  index('organisations_parent_idx').on(t.parentId),
]);

export type GridUnitRow = typeof gridUnitsTable.$inferSelect;
export type OrganisationRow = typeof organisationsTable.$inferSelect;
