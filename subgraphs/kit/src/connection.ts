import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { badInput } from './errors';

/** `first` / `after` / `offset`, as every list field takes them. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  offset?: number | null;
}

export interface Connection<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  /** A thunk, so the count query runs only when the client asks for it. */
  totalCount: () => Promise<number>;
}

export interface SortKey<T> {
  column: PgColumn;
  direction: 'ASC' | 'DESC';
  /** The row's value of `column`, as the cursor stores it. */
  value: (row: T) => string | number | Date;
}

export interface PageQuery {
  /** Keyset condition for `after` (undefined on the first page). */
  after: SQL | undefined;
  orderBy: SQL[];
  limit: number;
  offset: number;
}

export const MAX_PAGE = 200;
export const DEFAULT_PAGE = 20;
const MAX_OFFSET = 100_000;

/**
 * Keyset pagination on (sort column, id), optionally skipping `offset` rows after the cursor.
 * The repository runs the query with the fragments this builds, so filtering, sorting and paging all stay in SQL.
 */
export async function paginate<T extends { id: string }>(options: {
  args: PageArgs;
  sort: SortKey<T>;
  idColumn: PgColumn;
  fetch: (page: PageQuery) => Promise<T[]>;
  count: () => Promise<number>;
}): Promise<Connection<T>> {
  const { args, sort, idColumn } = options;
  const first = args.first ?? DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE)
    throw badInput('first', `first must be between 0 and ${MAX_PAGE}; got ${first}.`, {
      reason: 'OUT_OF_RANGE',
      params: { min: 0, max: MAX_PAGE },
    });
  const offset = args.offset ?? 0;
  if (!Number.isInteger(offset) || offset < 0 || offset > MAX_OFFSET)
    throw badInput('offset', `offset must be between 0 and ${MAX_OFFSET}; got ${offset}.`, {
      reason: 'OUT_OF_RANGE',
      params: { min: 0, max: MAX_OFFSET },
    });
  const cursor = args.after ? decodeCursor(args.after) : null;
  const op = sql.raw(sort.direction === 'ASC' ? '>' : '<');
  const dir = sql.raw(sort.direction);
  const type = sql.raw(sort.column.getSQLType());
  const after = cursor
    ? sql`(${sort.column}, ${idColumn}) ${op} (${cursor[0]}::${type}, ${cursor[1]}::uuid)`
    : undefined;
  const rows = await options.fetch({
    after,
    orderBy: [sql`${sort.column} ${dir}`, sql`${idColumn} ${dir}`],
    limit: first + 1,
    offset,
  });
  const nodes = rows.slice(0, first);
  const encode = (row: T) => encodeCursor(sort.value(row), row.id);
  let counted: Promise<number> | undefined;
  return {
    nodes,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: !!cursor || offset > 0,
      startCursor: nodes[0] ? encode(nodes[0]) : null,
      endCursor: nodes.at(-1) ? encode(nodes.at(-1)!) : null,
    },
    totalCount: () => (counted ??= options.count()),
  };
}

function encodeCursor(value: string | number | Date, id: string): string {
  const v = value instanceof Date ? value.toISOString() : value;
  return Buffer.from(JSON.stringify([v, id])).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function decodeCursor(cursor: string): [string | number, string] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      (typeof parsed[0] === 'string' || typeof parsed[0] === 'number') &&
      typeof parsed[1] === 'string' &&
      UUID.test(parsed[1])
    ) {
      return [parsed[0], parsed[1]];
    }
  } catch {
    // fall through to the error below
  }
  throw badInput('after', 'after is not a cursor this list gave out: pass pageInfo.endCursor from the previous page.', {
    reason: 'CURSOR',
  });
}
