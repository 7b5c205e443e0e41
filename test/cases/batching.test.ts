import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Scenarios, startCaseScenarios } from './support';

let s: Scenarios;

beforeAll(async () => {
  s = await startCaseScenarios();
});
afterAll(() => s?.stack.stop());

const PAGE = `query($n: Int) { cases(first: $n) { nodes {
  number deadlineAt warning clock { stage overdue } timeline { kind actor { id } unit { id } }
  units { unit { id } lead } earlierCases { number } attachments { name } representatives { id }
  petitioners { name } place { name } responsibleUnit { name } mediator { id } category { name parent { name } } } } }`;

async function statements(first: number) {
  s.stack.counter.reset();
  const res = await s.stack.gql<{ cases: { nodes: unknown[] } }>(PAGE, { n: first }, s.staff);
  expect(res.errors).toBeUndefined();
  expect(res.data!.cases.nodes).toHaveLength(first);
  return { cases: s.stack.counter.touching('cases').length, all: s.stack.counter.statements.length };
}

describe('a page of cases with every reference costs a constant number of statements', () => {
  it('100 rows cost what 25 rows cost', async () => {
    const few = await statements(25);
    const many = await statements(100);
    expect(many).toEqual(few);
    // The page, petitioners, events, units, links (and the linked cases), attachments, categories, parents, calendar, rules.
    expect(many.cases).toBeLessThanOrEqual(13);
  });
});
