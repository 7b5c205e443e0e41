import { and, asc, count, eq, ilike, inArray, like, ne, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../database';
import {
  type GridLevel,
  type GridUnitRow,
  gridUnitsTable,
  type OrganisationKind,
  type OrganisationRow,
  organisationsTable,
} from './tables';

/** A page as `paginate()` in the subgraph kit builds it: keyset condition, order, limit, offset. */
export interface GridPage {
  after: SQL | undefined;
  orderBy: SQL[];
  limit: number;
  offset: number;
}

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

/** `%` and `_` typed by a user are literal characters, not wildcards. */
function contains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function gridUnitConditions(filter: GridUnitFilter): SQL | undefined {
  const t = gridUnitsTable;
  const search = filter.search?.trim();
  return and(
    filter.level ? eq(t.level, filter.level) : undefined,
    filter.parentId ? eq(t.parentId, filter.parentId) : undefined,
    // A constant prefix, so the text_pattern_ops index on path serves the subtree at any depth.
    filter.within ? like(t.path, `${filter.within.path}%`) : undefined,
    filter.within ? ne(t.id, filter.within.id) : undefined,
    search ? or(ilike(t.name, contains(search)), ilike(t.code, contains(search))) : undefined,
  );
}

function organisationConditions(filter: OrganisationFilter): SQL | undefined {
  const t = organisationsTable;
  const search = filter.search?.trim();
  return and(
    filter.kind ? eq(t.kind, filter.kind) : undefined,
    filter.parentId ? eq(t.parentId, filter.parentId) : undefined,
    filter.gridUnitId ? eq(t.gridUnitId, filter.gridUnitId) : undefined,
    search ? or(ilike(t.name, contains(search)), ilike(t.code, contains(search))) : undefined,
  );
}

/** All SQL of the grid schema: grid units (网格) and organisations (单位). */
export function createGridRepository(db: Executor) {
  return {
    findGridUnitsByIds(ids: readonly string[]): Promise<GridUnitRow[]> {
      if (ids.length === 0) return Promise.resolve([]);
      return db
        .select()
        .from(gridUnitsTable)
        .where(inArray(gridUnitsTable.id, [...ids]));
    },

    findGridUnitByCode(code: string): Promise<GridUnitRow | undefined> {
      return db
        .select()
        .from(gridUnitsTable)
        .where(eq(gridUnitsTable.code, code))
        .limit(1)
        .then((rows) => rows[0]);
    },

    /** The children of many units in one statement, each parent's in code order. */
    findGridUnitChildren(parentIds: readonly string[]): Promise<GridUnitRow[]> {
      if (parentIds.length === 0) return Promise.resolve([]);
      return db
        .select()
        .from(gridUnitsTable)
        .where(inArray(gridUnitsTable.parentId, [...parentIds]))
        .orderBy(asc(gridUnitsTable.code), asc(gridUnitsTable.id));
    },

    listGridUnits(filter: GridUnitFilter, page: GridPage): Promise<GridUnitRow[]> {
      return db
        .select()
        .from(gridUnitsTable)
        .where(and(gridUnitConditions(filter), page.after))
        .orderBy(...page.orderBy)
        .limit(page.limit)
        .offset(page.offset);
    },

    countGridUnits(filter: GridUnitFilter): Promise<number> {
      return db
        .select({ n: count() })
        .from(gridUnitsTable)
        .where(gridUnitConditions(filter))
        .then((rows) => rows[0]?.n ?? 0);
    },

    insertGridUnit(unit: NewGridUnit): Promise<GridUnitRow> {
      return db
        .insert(gridUnitsTable)
        .values(unit)
        .returning()
        .then((rows) => rows[0]!);
    },

    findOrganisationsByIds(ids: readonly string[]): Promise<OrganisationRow[]> {
      if (ids.length === 0) return Promise.resolve([]);
      return db
        .select()
        .from(organisationsTable)
        .where(inArray(organisationsTable.id, [...ids]));
    },

    findOrganisationByCode(code: string): Promise<OrganisationRow | undefined> {
      return db
        .select()
        .from(organisationsTable)
        .where(eq(organisationsTable.code, code))
        .limit(1)
        .then((rows) => rows[0]);
    },

    listOrganisations(filter: OrganisationFilter, page: GridPage): Promise<OrganisationRow[]> {
      return db
        .select()
        .from(organisationsTable)
        .where(and(organisationConditions(filter), page.after))
        .orderBy(...page.orderBy)
        .limit(page.limit)
        .offset(page.offset);
    },

    countOrganisations(filter: OrganisationFilter): Promise<number> {
      return db
        .select({ n: count() })
        .from(organisationsTable)
        .where(organisationConditions(filter))
        .then((rows) => rows[0]?.n ?? 0);
    },

    insertOrganisation(organisation: NewOrganisation): Promise<OrganisationRow> {
      return db
        .insert(organisationsTable)
        .values(organisation)
        .returning()
        .then((rows) => rows[0]!);
    },
  };
}

export type GridRepository = ReturnType<typeof createGridRepository>;

export * from './tree-repository';
export * from './roster-repository';
export * from './events-repository';
export * from './meetings-repository';
export * from './profiles-repository';
