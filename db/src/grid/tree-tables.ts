// The grid schema's tree: grid units, organisations, and what is kept beside them.
import { type AnyPgColumn, index, integer, jsonb, pgSchema, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { codeAndName, id, jsonList, partOf, textList, timestamps } from '../shared/columns';

export const gridSchema = pgSchema('grid');

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
 * What a unit or an organisation is also called, and what a search of it matches (computed on every write from
 * the names and the code by `searchColumns`): the short name a county says (人社局), aliases (县人社局, 人社),
 * and the text and grams a search reads, the grams under a GIN index.
 */
const namesAndSearch = {
  shortName: text('short_name'),
  aliases: textList('aliases'),
  searchText: text('search_text').notNull().default(''),
  /** The `SEARCH_VERSION` the search columns were computed under; older rows are recomputed at start. */
  searchVersion: integer('search_version').notNull().default(0),
  searchGrams: textList('search_grams'),
};

/**
 * The administrative grid as a tree. `path` is the materialized path of ids from the root,
 * `/root/…/self/`, so ancestors are `id = any(path)` and a subtree is `path like prefix%`,
 * each one statement at any depth, both served by btree indexes.
 */
export const gridUnitsTable = gridSchema.table(
  'grid_units',
  {
    id: id(),
    ...codeAndName(),
    level: text('level').$type<GridLevel>().notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => gridUnitsTable.id),
    path: text('path').notNull(),
    depth: integer('depth').notNull(),
    ...namesAndSearch,
    ...timestamps,
  },
  (t) => [
    index('grid_units_parent_idx').on(t.parentId),
    index('grid_units_path_idx').on(t.path.op('text_pattern_ops')),
    index('grid_units_level_idx').on(t.level),
    index('grid_units_search_idx').using('gin', t.searchGrams),
  ],
);

/** A department, township, court, mediation committee, studio …: whoever a case can be routed to. */
export const organisationsTable = gridSchema.table(
  'organisations',
  {
    id: id(),
    ...codeAndName(),
    kind: text('kind').$type<OrganisationKind>().notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => organisationsTable.id),
    gridUnitId: uuid('grid_unit_id').references(() => gridUnitsTable.id),
    phone: text('phone'),
    address: text('address'),
    ...namesAndSearch,
    ...timestamps,
  },
  (t) => [
    index('organisations_kind_idx').on(t.kind),
    index('organisations_parent_idx').on(t.parentId),
    index('organisations_search_idx').using('gin', t.searchGrams),
  ],
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
  channels: textList<RoutingChannel>('channels'),
  contacts: jsonList<OrganisationContact>('contacts'),
  ...timestamps,
});

export type GridStaffRow = typeof gridStaffTable.$inferSelect;
export type OrganisationProfileRow = typeof organisationProfilesTable.$inferSelect;
