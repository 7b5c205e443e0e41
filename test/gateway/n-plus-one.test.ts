import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/stack';

let stack: TestStack;
let token: string;
beforeAll(async () => {
  stack = await startTestStack();
  token = await stack.login('admin');
});
afterAll(() => stack?.stop());

describe('no N+1 across the federation', () => {
  it('a page of 50 cases with petitioners, grid unit, organisation and disbursements costs one statement per referenced entity', async () => {
    stack.counter.reset();
    const res = await stack.gql<{ cases: { nodes: unknown[] } }>(
      `{
      cases(first: 50, orderBy: { field: RECEIVED_AT, direction: DESC }) {
        nodes {
          number
          category { name parent { name } }
          petitioners { name }
          place { name }
          responsibleUnit { name }
          disbursements { amount }
        }
      }
    }`,
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.cases.nodes).toHaveLength(50);

    // people: persons by id, once.
    expect(stack.counter.touching('people')).toHaveLength(1);
    // grid: grid units by id once, organisations by id once.
    const grid = stack.counter.touching('grid');
    expect(grid.filter((q) => q.includes('"grid"."grid_units"'))).toHaveLength(1);
    expect(grid.filter((q) => q.includes('"grid"."organisations"'))).toHaveLength(1);
    expect(grid).toHaveLength(2);
    // funds: disbursements of all 50 cases, once.
    expect(stack.counter.touching('funds')).toHaveLength(1);
    // cases: the page, its petitioners, its categories, their parents: a constant, not 50 of anything.
    expect(stack.counter.touching('cases').length).toBeLessThanOrEqual(4);
  });
});
