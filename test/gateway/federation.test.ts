import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/stack';

let stack: TestStack;
let token: string;
beforeAll(async () => {
  stack = await startTestStack();
  token = await stack.login('admin');
});
afterAll(() => stack?.stop());

const CASE_EVERYTHING = /* GraphQL */ `
  query CaseEverything($id: ID!) {
    case(id: $id) {
      number
      status
      petitioners {
        id
        name
      }
      place {
        name
        level
        ancestors {
          name
          level
        }
      }
      responsibleUnit {
        name
        kind
      }
      disbursements {
        amount
        purpose
        fund {
          name
        }
      }
    }
  }
`;

describe('one request through the gateway reaches all four subgraphs', () => {
  it('returns a case with its petitioner, grid unit and ancestors, responsible organisation and disbursements', async () => {
    const paid = await stack.gql<{ disbursements: { nodes: { case: { id: string } | null }[] } }>(
      '{ disbursements(first: 20) { nodes { case { id } } } }',
      {},
      token,
    );
    expect(paid.errors).toBeUndefined();
    const caseId = paid.data!.disbursements.nodes.find((n) => n.case)!.case!.id;

    const res = await stack.gql<{
      case: {
        number: string;
        petitioners: { name: string }[];
        place: { name: string; level: string; ancestors: { name: string; level: string }[] };
        responsibleUnit: { name: string } | null;
        disbursements: { amount: string; fund: { name: string } }[];
      };
    }>(CASE_EVERYTHING, { id: caseId }, token);

    expect(res.errors).toBeUndefined();
    const c = res.data!.case;
    expect(c.number).toMatch(/^\d{4}-\d{6}$/);
    expect(c.petitioners[0]!.name.length).toBeGreaterThan(1);
    expect(c.place.name.length).toBeGreaterThan(1);
    expect(c.place.ancestors.map((a) => a.level)).toEqual(['COUNTY', 'TOWNSHIP', 'WORK_AREA', 'VILLAGE']);
    expect(c.responsibleUnit?.name).toBeTruthy();
    expect(c.disbursements.length).toBeGreaterThan(0);
    expect(c.disbursements[0]!.amount).toMatch(/^[1-9]\d*$/);
    expect(c.disbursements[0]!.fund.name).toBeTruthy();
  });

  it('pages cases in SQL with a stable cursor and a total count', async () => {
    const q =
      'query($after: String) { cases(first: 7, after: $after, orderBy: { field: NUMBER, direction: ASC }) { nodes { number } pageInfo { hasNextPage endCursor } totalCount } }';
    type Page = {
      cases: { nodes: { number: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string }; totalCount: number };
    };
    const one = await stack.gql<Page>(q, {}, token);
    const two = await stack.gql<Page>(q, { after: one.data!.cases.pageInfo.endCursor }, token);
    const numbers = [...one.data!.cases.nodes, ...two.data!.cases.nodes].map((n) => n.number);
    expect(numbers).toHaveLength(14);
    expect([...numbers].sort()).toEqual(numbers);
    expect(new Set(numbers).size).toBe(14);
    expect(one.data!.cases.totalCount).toBeGreaterThan(100);
    const skipped = await stack.gql<Page>(
      '{ cases(first: 2, offset: 7, orderBy: { field: NUMBER, direction: ASC }) { nodes { number } pageInfo { hasNextPage endCursor } totalCount } }',
      {},
      token,
    );
    expect(skipped.data!.cases.nodes.map((n) => n.number)).toEqual(numbers.slice(7, 9));
  });

  it('refuses a cursor it did not give out, naming the argument', async () => {
    const res = await stack.gql('{ cases(first: 5, after: "bm9wZQ") { totalCount } }', {}, token);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

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
