import type { Clock } from '@onedoor/subgraph-kit';
import { expect } from 'vitest';
import type { GraphQLResponse, TestStack } from '../support/stack';

/** A clock the test moves by hand. */
export function movableClock(start: Date): Clock & { set(at: Date): void } {
  let now = start;
  return {
    now: () => now,
    set: (at) => {
      now = at;
    },
  };
}

/** Data of a response that must have succeeded. */
export function ok<T>(res: GraphQLResponse<T>): T {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

/** The one error of a response. */
export function onlyError<T>(res: GraphQLResponse<T>) {
  expect(res.errors, JSON.stringify(res.data)).toHaveLength(1);
  const e = res.errors![0]!;
  return { message: e.message, code: e.extensions?.code, field: e.extensions?.field, extensions: e.extensions ?? {} };
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

/** Rows of a grid table, to prove a refused mutation wrote nothing. */
export async function countRows(stack: TestStack, table: string): Promise<number> {
  const rows = (await stack.db.execute(`select count(*)::int as n from ${table}`)) as
    { n: number }[] | { rows: { n: number }[] };
  return (Array.isArray(rows) ? rows : rows.rows)[0]!.n;
}
