import { and, arrayContains, asc, eq, like, ne, type SQL } from 'drizzle-orm';
import type { Executor } from '../database';
import { firstRow, insertOne, rowsWhereIn, updateRow } from '../shared/rows';
import { type Listing, listing } from './rows';
import { searchColumns, searchQuery } from './search-terms';
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
  shortName?: string | null;
  aliases?: string[];
}

export interface NewOrganisation {
  code: string;
  name: string;
  kind: OrganisationKind;
  parentId: string | null;
  gridUnitId: string | null;
  phone: string | null;
  address: string | null;
  shortName?: string | null;
  aliases?: string[];
}

/** A short name and aliases, as set together: the aliases replace the ones before. */
export interface OtherNames {
  shortName: string | null;
  aliases: string[];
}

/** The ids a materialized path `/root/…/self/` names, root first and the unit itself last. */
export function gridPathIds(path: string): string[] {
  return path.split('/').filter((part) => part.length > 0);
}

/**
 * What the user typed (its `%` and `_` taken literally) found in a name, the short name, an alias, the code or
 * their pinyin: the GIN index on the grams narrows the rows, the `like` on the search text decides.
 */
function matchesSearch(table: typeof gridUnitsTable | typeof organisationsTable, search: string | null | undefined) {
  const query = searchQuery(search);
  return query ? and(arrayContains(table.searchGrams, query.grams), like(table.searchText, query.pattern)) : undefined;
}

/** A new row with its search columns computed from its names and code. */
function withSearch<T extends { code: string; name: string; shortName?: string | null; aliases?: string[] }>(row: T) {
  const names = { ...row, shortName: row.shortName ?? null, aliases: row.aliases ?? [] };
  return { ...names, ...searchColumns(names) };
}

/** The change of a row's other names: those names and the search columns recomputed with them. */
function namesChange(row: { code: string; name: string }, names: OtherNames, at: Date) {
  return { ...names, ...searchColumns({ code: row.code, name: row.name, ...names }), updatedAt: at };
}

function gridUnitConditions(filter: GridUnitFilter): SQL | undefined {
  const t = gridUnitsTable;
  return and(
    filter.level ? eq(t.level, filter.level) : undefined,
    filter.parentId ? eq(t.parentId, filter.parentId) : undefined,
    // A constant prefix, so the text_pattern_ops index on path serves the subtree at any depth.
    filter.within ? like(t.path, `${filter.within.path}%`) : undefined,
    filter.within ? ne(t.id, filter.within.id) : undefined,
    matchesSearch(t, filter.search),
  );
}

function organisationConditions(filter: OrganisationFilter): SQL | undefined {
  const t = organisationsTable;
  return and(
    filter.kind ? eq(t.kind, filter.kind) : undefined,
    filter.parentId ? eq(t.parentId, filter.parentId) : undefined,
    filter.gridUnitId ? eq(t.gridUnitId, filter.gridUnitId) : undefined,
    matchesSearch(t, filter.search),
  );
}

/** Reading and adding grid units (网格) and organisations (单位). */
export function createGridRepository(db: Executor) {
  const units = gridUnitsTable;
  const orgs = organisationsTable;
  return {
    findGridUnitsByIds: (ids: readonly string[]): Promise<GridUnitRow[]> => rowsWhereIn(db, units, units.id, ids),

    findGridUnitByCode: (code: string): Promise<GridUnitRow | undefined> => firstRow(db, units, eq(units.code, code)),

    /** The children of many units in one statement, each parent's in code order. */
    findGridUnitChildren: (parentIds: readonly string[]): Promise<GridUnitRow[]> =>
      rowsWhereIn(db, units, units.parentId, parentIds, asc(units.code), asc(units.id)),

    gridUnitsMatching: (filter: GridUnitFilter): Listing<GridUnitRow> => listing(db, units, gridUnitConditions(filter)),

    insertGridUnit: (unit: NewGridUnit): Promise<GridUnitRow> => insertOne(db, units, withSearch(unit)),

    /** Sets a unit's short name and aliases and recomputes what a search of it matches. */
    setGridUnitNames: async (unit: GridUnitRow, names: OtherNames, at: Date): Promise<GridUnitRow> =>
      (await updateRow(db, units, eq(units.id, unit.id), namesChange(unit, names, at)))!,

    findOrganisationsByIds: (ids: readonly string[]): Promise<OrganisationRow[]> => rowsWhereIn(db, orgs, orgs.id, ids),

    findOrganisationByCode: (code: string): Promise<OrganisationRow | undefined> =>
      firstRow(db, orgs, eq(orgs.code, code)),

    organisationsMatching: (filter: OrganisationFilter): Listing<OrganisationRow> =>
      listing(db, orgs, organisationConditions(filter)),

    insertOrganisation: (organisation: NewOrganisation): Promise<OrganisationRow> =>
      insertOne(db, orgs, withSearch(organisation)),

    /** Sets an organisation's short name and aliases and recomputes what a search of it matches. */
    setOrganisationNames: async (
      organisation: OrganisationRow,
      names: OtherNames,
      at: Date,
    ): Promise<OrganisationRow> =>
      (await updateRow(db, orgs, eq(orgs.id, organisation.id), namesChange(organisation, names, at)))!,
  };
}

export type GridRepository = ReturnType<typeof createGridRepository>;
