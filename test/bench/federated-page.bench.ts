import { afterAll, beforeAll, bench, describe } from 'vitest';
import { startTestStack, type TestStack } from '../support/stack';

/**
 * The screen every centre opens first: a page of 50 cases with petitioners, place, responsible unit
 * and relief paid, through the real gateway and four subgraphs over HTTP, on the embedded database.
 */
let stack: TestStack;
let token: string;
const PAGE = `{ cases(first: 50, orderBy: { field: DEADLINE_AT, direction: ASC }) {
  totalCount nodes { number status deadlineAt category { name } petitioners { name phone }
  place { name ancestors { name } } responsibleUnit { name } disbursements { amount } } } }`;

beforeAll(async () => {
  stack = await startTestStack();
  token = await stack.login('staff');
});
afterAll(() => stack?.stop());

describe('gateway', () => {
  bench(
    'a page of 50 cases with every reference',
    async () => {
      const res = await stack.gql(PAGE, {}, token);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
    },
    { time: 3_000, warmupTime: 500 },
  );

  bench(
    'the public tracking query (no sign-in)',
    async () => {
      await stack.gql('{ trackCase(trackingCode: "NOSUCHCODE", phoneLast4: "1234") { number } }');
    },
    { time: 2_000, warmupTime: 300 },
  );
});
