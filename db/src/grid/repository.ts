import { and, asc, eq, ilike, like, ne, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../database';
import { containsPattern } from '../shared/sql';
import { insertOne, type Listing, listing, rowsWhereIn } from './rows';
import {
  type GridLevel,
  type GridUnitRow,
  gridUnitsTable,
  type OrganisationKind,
  type OrganisationRow,
  organisationsTable,
} from './tables';

export interface GridUnitFilter {
  level?: GridLevel | null;
  parentId?: string | null;
  /** The unit whose subtree is wanted; the unit itself is left out. */
  within?: Pick<GridUnitRow, 'id' | 'path'> | null;
  search?: string | null;
}

export interface OrganisationFilter {
  kind?: OrganisationKind | null;
  parentId?: string | null;
  gridUnitId?: string | null;
  search?: string | null;
}

export interface NewGridUnit {
  id: string;
  code: string;
  name: string;
  level: GridLevel;
  parentId: string | null;
  path: string;
  depth: number;
}

export interface NewOrganisation {
  code: string;
  name: string;
  kind: OrganisationKind;
  parentId: string | null;
  gridUnitId: string | null;
  phone: string | null;
  address: string | null;
}

/** The ids a materialized path `/root/…/self/` names, root first and the unit itself last. */
export function gridPathIds(path: string): string[] {
  return path.split('/').filter((part) => part.length > 0);
}

/** Name or code containing what the user typed (its `%` and `_` taken literally). */
function nameOrCode(table: typeof gridUnitsTable | typeof organisationsTable, search: string | null | undefined) {
  const text = search?.trim();
  return text ? or(ilike(table.name, containsPattern(text)), ilike(table.code, containsPattern(text))) : undefined;
}

function gridUnitConditions(filter: GridUnitFilter): SQL | undefined {
  const t = gridUnitsTable;
  return and(
    filter.level ? eq(t.level, filter.level) : undefined,
    filter.parentId ? eq(t.parentId, filter.parentId) : undefined,
    // A constant prefix, so the text_pattern_ops index on path serves the subtree at any depth.
    filter.within ? like(t.path, `${filter.within.path}%`) : undefined,
    filter.within ? ne(t.id, filter.within.id) : undefined,
    nameOrCode(t, filter.search),
  );
}

function organisationConditions(filter: OrganisationFilter): SQL | undefined {
  const t = organisationsTable;
  return and(
    filter.kind ? eq(t.kind, filter.kind) : undefined,
    filter.parentId ? eq(t.parentId, filter.parentId) : undefined,
    filter.gridUnitId ? eq(t.gridUnitId, filter.gridUnitId) : undefined,
    nameOrCode(t, filter.search),
  );
}

/** Reading and adding grid units (网格) and organisations (单位). */
export function createGridRepository(db: Executor) {
  const units = gridUnitsTable;
  const orgs = organisationsTable;
  return {
    findGridUnitsByIds: (ids: readonly string[]): Promise<GridUnitRow[]> => rowsWhereIn(db, units, units.id, ids),

    findGridUnitByCode: async (code: string): Promise<GridUnitRow | undefined> =>
      (await db.select().from(units).where(eq(units.code, code)).limit(1))[0],

    /** The children of many units in one statement, each parent's in code order. */
    findGridUnitChildren: (parentIds: readonly string[]): Promise<GridUnitRow[]> =>
      rowsWhereIn(db, units, units.parentId, parentIds, asc(units.code), asc(units.id)),

    gridUnitsMatching: (filter: GridUnitFilter): Listing<GridUnitRow> => listing(db, units, gridUnitConditions(filter)),

    insertGridUnit: (unit: NewGridUnit): Promise<GridUnitRow> => insertOne(db, units, unit),

    findOrganisationsByIds: (ids: readonly string[]): Promise<OrganisationRow[]> => rowsWhereIn(db, orgs, orgs.id, ids),

    findOrganisationByCode: async (code: string): Promise<OrganisationRow | undefined> =>
      (await db.select().from(orgs).where(eq(orgs.code, code)).limit(1))[0],

    organisationsMatching: (filter: OrganisationFilter): Listing<OrganisationRow> =>
      listing(db, orgs, organisationConditions(filter)),

    insertOrganisation: (organisation: NewOrganisation): Promise<OrganisationRow> => insertOne(db, orgs, organisation),
  };
}

export type GridRepository = ReturnType<typeof createGridRepository>;
