import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());

describe('case numbers under concurrent intake (PostgreSQL)', () => {
  it('twenty clerks registering at once get twenty distinct, consecutive numbers', async () => {
    const staff = await stack.login('staff');
    const refs = await stack.gql<{
      persons: { nodes: { id: string }[] };
      gridUnits: { nodes: { id: string }[] };
      categories: { children: { id: string }[] }[];
    }>(
      '{ persons(first: 1) { nodes { id } } gridUnits(first: 1, filter: { level: GRID }) { nodes { id } } categories { children { id } } }',
      {},
      staff,
    );
    const input = {
      channel: 'VISIT',
      categoryId: refs.data!.categories[0]!.children[0]!.id,
      title: '并发登记',
      description: '同时登记',
      petitionerIds: [refs.data!.persons.nodes[0]!.id],
      gridUnitId: refs.data!.gridUnits.nodes[0]!.id,
      contactPhone: '13800002222',
    };
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        stack.gql<{ registerCase: { number: string } }>(
          'mutation($i: RegisterCaseInput!) { registerCase(input: $i) { number } }',
          { i: input },
          staff,
        ),
      ),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const seqs = results.map((r) => Number(r.data!.registerCase.number.split('-')[1])).sort((a, b) => a - b);
    expect(new Set(seqs).size).toBe(20);
    expect(seqs.at(-1)! - seqs[0]!).toBe(19);
  });
});
