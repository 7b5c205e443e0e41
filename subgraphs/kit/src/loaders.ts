import DataLoader from 'dataloader';
import { isUuid } from './validate';

/** The columns of a row that hold a key: an id, or null where the row has none. */
export type KeyColumn<T> = { [K in keyof T]-?: T[K] extends string | null ? K : never }[keyof T];

const BATCH = { maxBatchSize: 1000 };

/**
 * Ids reach loaders from callers and other subgraphs unchecked; a string that is not a UUID can match nothing,
 * and it would make Postgres fail the whole batch, so it is dropped before the look-up.
 */
export const onlyUuids = (ids: readonly string[]) => ids.filter(isUuid);

function oneEach<T>(fetch: (keys: readonly string[]) => Promise<T[]>, keyOf: (row: T) => unknown) {
  return new DataLoader<string, T | null>(async (keys) => {
    const rows = await fetch(keys);
    const map = new Map(rows.map((r) => [keyOf(r), r]));
    return keys.map((k) => map.get(k) ?? null);
  }, BATCH);
}

/**
 * A per-request loader of rows by id: one `where id = any(…)` per tick, results in key order,
 * `null` for ids that do not exist.
 */
export function byIdLoader<T extends { id: string }>(
  fetch: (ids: readonly string[]) => Promise<T[]>,
): DataLoader<string, T | null> {
  return oneEach(fetch, (row) => row.id);
}

/** A per-request loader of at most one row per key, matched on `column` (an event by its case, say). */
export function oneByKey<T>(
  fetch: (keys: readonly string[]) => Promise<T[]>,
  column: KeyColumn<T>,
): DataLoader<string, T | null> {
  return oneEach(fetch, (row) => row[column]);
}

function groupsEach<T>(fetch: (keys: readonly string[]) => Promise<T[]>, keyOf: (row: T) => unknown) {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await fetch(keys);
    const groups = new Map<unknown, T[]>();
    for (const row of rows) {
      const key = keyOf(row);
      const list = groups.get(key);
      if (list) list.push(row);
      else groups.set(key, [row]);
    }
    return keys.map((k) => groups.get(k) ?? []);
  }, BATCH);
}

/**
 * A per-request loader of the rows belonging to each key, grouped on `column` (a fund's ledger lines by
 * `fundId`, say), in one statement per tick.
 */
export function groupLoader<T>(
  fetch: (keys: readonly string[]) => Promise<T[]>,
  column: KeyColumn<T>,
): DataLoader<string, T[]> {
  return groupsEach(fetch, (row) => row[column]);
}

/**
 * Group loaders that all group on one column, for a subgraph with many (`const byCase = groupedOn('caseId')`,
 * then `eventsByCase: byCase((ids) => …)`).
 */
export function groupedOn<K extends string>(column: K) {
  return <T extends Record<K, string | null>>(fetch: (keys: readonly string[]) => Promise<T[]>) =>
    groupsEach(fetch, (row) => row[column]);
}
