import {
  createGridEventsRepository,
  createGridRepository,
  createGridTreeRepository,
  createMeetingsRepository,
  createOrganisationProfilesRepository,
  createRosterRepository,
  type DutyShiftRow,
  type DutySwapRow,
  type GeoJsonArea,
  gridPathIds,
  type GridEventRow,
  type GridStaffRow,
  type GridUnitRow,
  type MeetingDecisionRow,
  type OrganisationProfileRow,
  type OrganisationRow,
} from '@onedoor/db/grid';
import { type BaseContext, byIdLoader, groupLoader, oneByKey, onlyUuids } from '@onedoor/subgraph-kit';
import DataLoader from 'dataloader';

/** The grid subgraph's per-request loaders: each batch of a tick is one SQL statement. */
export interface GridLoaders {
  gridUnitById: DataLoader<string, GridUnitRow | null>;
  /** A unit's children in code order, keyed by the parent's id. */
  gridUnitChildren: DataLoader<string, GridUnitRow[]>;
  /** A unit's ancestors from the root down to its parent, keyed by the unit's materialized path. */
  gridUnitAncestors: DataLoader<string, GridUnitRow[]>;
  gridUnitStaff: DataLoader<string, GridStaffRow[]>;
  gridUnitBoundary: DataLoader<string, { gridUnitId: string; boundary: GeoJsonArea | null } | null>;
  organisationById: DataLoader<string, OrganisationRow | null>;
  organisationProfile: DataLoader<string, OrganisationProfileRow | null>;
  dutyShiftById: DataLoader<string, DutyShiftRow | null>;
  /** Swaps a shift took part in (as first or second), keyed by shift id. */
  dutySwapsOfShift: DataLoader<string, DutySwapRow[]>;
  gridEventById: DataLoader<string, GridEventRow | null>;
  gridEventByCaseId: DataLoader<string, GridEventRow | null>;
  decisionsOfMeeting: DataLoader<string, MeetingDecisionRow[]>;
}

export function createLoaders(base: BaseContext): GridLoaders {
  const repo = createGridRepository(base.db);
  const tree = createGridTreeRepository(base.db);
  const rosters = createRosterRepository(base.db);
  const events = createGridEventsRepository(base.db);
  const gridUnitById = byIdLoader((ids) => repo.findGridUnitsByIds(onlyUuids(ids)));
  const prime = (rows: GridUnitRow[]) => {
    for (const row of rows) gridUnitById.prime(row.id, row);
  };

  const gridUnitChildren = groupLoader(async (parentIds) => {
    const rows = await repo.findGridUnitChildren(onlyUuids(parentIds));
    prime(rows);
    return rows;
  }, 'parentId');

  // The path already names every ancestor, so the ancestors of a whole batch of units are one
  // `id = any(…)` look-up, shared with (and cached by) the by-id loader.
  const gridUnitAncestors = new DataLoader<string, GridUnitRow[]>(
    async (paths) => {
      const idsPerPath = paths.map((path) => gridPathIds(path).slice(0, -1));
      const rows = await gridUnitById.loadMany([...new Set(idsPerPath.flat())]);
      const byId = new Map<string, GridUnitRow>();
      for (const row of rows) {
        if (row instanceof Error) throw row;
        if (row) byId.set(row.id, row);
      }
      return idsPerPath.map((ids) => ids.map((id) => byId.get(id)).filter((row): row is GridUnitRow => !!row));
    },
    { maxBatchSize: 1000 },
  );

  const dutySwapsOfShift = new DataLoader<string, DutySwapRow[]>(
    async (ids) => {
      const swaps = await rosters.swapsOfShifts(onlyUuids(ids));
      return ids.map((id) => swaps.filter((s) => s.firstShiftId === id || s.secondShiftId === id));
    },
    { maxBatchSize: 1000 },
  );

  return {
    gridUnitById,
    gridUnitChildren,
    gridUnitAncestors,
    gridUnitStaff: groupLoader((ids) => tree.findStaff(onlyUuids(ids)), 'gridUnitId'),
    gridUnitBoundary: oneByKey((ids) => tree.findBoundaries(onlyUuids(ids)), 'gridUnitId'),
    organisationById: byIdLoader((ids) => repo.findOrganisationsByIds(onlyUuids(ids))),
    organisationProfile: oneByKey(
      (ids) => createOrganisationProfilesRepository(base.db).findProfiles(onlyUuids(ids)),
      'organisationId',
    ),
    dutyShiftById: byIdLoader((ids) => rosters.shiftsByIds(onlyUuids(ids))),
    dutySwapsOfShift,
    gridEventById: byIdLoader((ids) => events.findByIds(onlyUuids(ids))),
    gridEventByCaseId: oneByKey((ids) => events.findByCaseIds(onlyUuids(ids)), 'caseId'),
    decisionsOfMeeting: groupLoader(
      (ids) => createMeetingsRepository(base.db).decisionsOfMeetings(onlyUuids(ids)),
      'meetingId',
    ),
  };
}

/**
 * The rows a stored reference points at (a foreign key, or a meeting's list of organisations): they exist, so
 * a missing one is an error of the data, reported on the field, never a silent null.
 */
export async function referenced<T>(loader: DataLoader<string, T | null>, ids: readonly string[]): Promise<T[]> {
  const rows = await loader.loadMany(ids);
  return rows.map((row, i) => {
    if (row instanceof Error) throw row;
    if (!row) throw new Error(`Nothing has the id '${ids[i]}' that a stored reference names.`);
    return row;
  });
}

/** The one row a stored reference points at (see `referenced`). */
export const referencedOne = async <T>(loader: DataLoader<string, T | null>, id: string): Promise<T> =>
  (await referenced(loader, [id]))[0]!;
