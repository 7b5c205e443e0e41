import { afterAll, beforeAll, bench, describe } from 'vitest';
import { nationalId } from '../people/people-server';
import { HEADER } from '../people/pool-csv';
import { startTestStack, type TestStack } from '../support/stack';

/**
 * Loading a pool from CSV through the gateway on the embedded database: 10,000 new members, and the
 * same file again (nothing changes). Each run of the first uses fresh national ids (a new region code).
 */
let stack: TestStack;
let staff: string;
let run = 0;
let last = '';

function file(region: string): string {
  const rows = Array.from({ length: 10_000 }, (_, i) => {
    const birth = new Date(Date.UTC(1960, 0, 1) + i * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
    return `调解员${i},${nationalId(birth, 100 + (i % 800), region)},139${String(i).padStart(8, '0')},,false,family,普通话,,,,ACTIVE,2024-05-01,1;2;3;4;5,调解员证@2030-12-31`;
  });
  return `${HEADER}\n${rows.join('\n')}\n`;
}

async function importFile(csv: string): Promise<void> {
  const res = await stack.gql(
    'mutation($i: ImportPoolInput!) { importPool(input: $i) { created unchanged } }',
    { i: { pool: 'PEOPLES_MEDIATOR', csv, mode: 'VALID_ROWS_ONLY' } },
    staff,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
}

beforeAll(async () => {
  stack = await startTestStack({ seed: false });
  staff = await stack.tokenFor(['CENTRE_STAFF']);
});
afterAll(() => stack?.stop());

describe('pool import', () => {
  bench(
    '10,000 new members from CSV',
    async () => {
      run += 1;
      last = file(`3713${String(10 + run).padStart(2, '0')}`);
      await importFile(last);
    },
    { iterations: 3, time: 0, warmupIterations: 0, warmupTime: 0 },
  );

  bench(
    'the same 10,000 rows again (nothing changes)',
    async () => {
      await importFile(last);
    },
    { iterations: 3, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});
