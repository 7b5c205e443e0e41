import type { Database } from '@onedoor/db';
import type { SQL } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { onlyError } from '../support/client';
import type { GraphQLResponse, TestStack } from '../support/stack';

/** Data of a response that must have succeeded. */
export function ok<T>(res: GraphQLResponse<T>): T {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

/** `n` persons of the demo county, in name order. */
export async function somePersons(stack: TestStack, token: string, n: number): Promise<{ id: string; name: string }[]> {
  const data = ok(
    await stack.gql<{ persons: { nodes: { id: string; name: string }[] } }>(
      'query($n: Int) { persons(first: $n) { nodes { id name } } }',
      { n },
      token,
    ),
  );
  return data.persons.nodes;
}

/** The `n` of a `select count(*)::int as n …` statement, as either database driver returns its rows. */
export async function countOf(db: Database, query: SQL | string): Promise<number> {
  const result: unknown = await db.execute(query);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { n: number }[];
  return rows[0]?.n ?? 0;
}

/** An id no row has. */
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** Rows of a table and audit events, to prove a refused mutation wrote nothing (and an accepted one both). */
export const rowsAndAudits = async (db: Database, table: string) => ({
  rows: await countOf(db, `select count(*)::int as n from ${table}`),
  audits: await countOf(db, 'select count(*)::int as n from audit.events'),
});

/** Rows of a grid table, to prove a refused mutation wrote nothing. */
export const countRows = (stack: TestStack, table: string) =>
  countOf(stack.db, `select count(*)::int as n from ${table}`);

/**
 * An operation that must be refused: exactly one error, and nothing written as `counts` sees it (the rows of
 * the tables concerned, the audit events). Returns the error, for the test to check its code and field.
 */
export async function refusedUnchanged<C, T>(counts: () => Promise<C>, call: () => Promise<GraphQLResponse<T>>) {
  const before = await counts();
  const error = onlyError(await call());
  expect(await counts()).toEqual(before);
  return error;
}

/** One entity read by id through its `<field>(id:)` query, with the given selection. */
export async function readById<T>(
  server: { gql: TestStack['gql'] },
  query: { field: string; selection: string; id: string },
  token: string,
): Promise<T> {
  const { field, selection, id } = query;
  const data = ok(
    await server.gql<Record<string, T>>(`query($id: ID!) { ${field}(id: $id) { ${selection} } }`, { id }, token),
  );
  return data[field]!;
}

/** One test per case: the input is refused as bad input naming the case's field (and, through `refuse`, writes nothing). */
export function itRefusesBadInput(
  cases: [what: string, input: Record<string, unknown>, field: string][],
  refuse: (input: Record<string, unknown>) => Promise<{ code?: string; field?: string }>,
) {
  it.each(cases)('refuses %s, naming the field, and writes nothing', async (_what, input, field) => {
    expect(await refuse(input)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
}
