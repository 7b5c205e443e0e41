import { createGridRepository, gridPathIds, type GridUnitRow, type OrganisationRow } from '@onedoor/db';
import { type BaseContext, byIdLoader, groupLoader, isUuid } from '@onedoor/subgraph-kit';
import DataLoader from 'dataloader';

/** The grid subgraph's per-request loaders: each batch of a tick is one SQL statement. */
export interface GridLoaders {
  gridUnitById: DataLoader<string, GridUnitRow | null>;
  /** A unit's children in code order, keyed by the parent's id. */
  gridUnitChildren: DataLoader<string, GridUnitRow[]>;
  /** A unit's ancestors from the root down to its parent, keyed by the unit's materialized path. */
  gridUnitAncestors: DataLoader<string, GridUnitRow[]>;
  organisationById: DataLoader<string, OrganisationRow | null>;
}

/**
 * Ids come from other subgraphs and from callers unchecked; a string that is not a UUID would make
 * Postgres fail the whole batch, so it simply finds nothing.
 */
const onlyUuids = (ids: readonly string[]) => ids.filter(isUuid);

export function createLoaders(base: BaseContext): GridLoaders {
  const repo = createGridRepository(base.db);
  const gridUnitById = byIdLoader((ids) => repo.findGridUnitsByIds(onlyUuids(ids)));
  const prime = (rows: GridUnitRow[]) => {
    for (const row of rows) gridUnitById.prime(row.id, row);
  };

  const gridUnitChildren = groupLoader(async (parentIds) => {
    const rows = await repo.findGridUnitChildren(onlyUuids(parentIds));
    prime(rows);
    return rows;
  }, (row) => row.parentId ?? '');

  // The path already names every ancestor, so the ancestors of a whole batch of units are one
  // `id = any(…)` look-up, shared with (and cached by) the by-id loader.
  const gridUnitAncestors = new DataLoader<string, GridUnitRow[]>(async (paths) => {
    const idsPerPath = paths.map((path) => gridPathIds(path).slice(0, -1));
    const rows = await gridUnitById.loadMany([...new Set(idsPerPath.flat())]);
    const byId = new Map<string, GridUnitRow>();
    for (const row of rows) {
      if (row instanceof Error) throw row;
      if (row) byId.set(row.id, row);
    }
    return idsPerPath.map((ids) => ids.map((id) => byId.get(id)).filter((row): row is GridUnitRow => !!row));
  }, { maxBatchSize: 1000 });

  return {
    gridUnitById,
    gridUnitChildren,
    gridUnitAncestors,
    organisationById: byIdLoader((ids) => repo.findOrganisationsByIds(onlyUuids(ids))),
  };
}
