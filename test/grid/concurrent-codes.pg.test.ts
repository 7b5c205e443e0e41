import { randomUUID } from 'node:crypto';
import { gridUnitsTable } from '@onedoor/db/grid';
import { gridSubgraph } from '@onedoor/grid';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { onlyError } from '../support/client';
import { type SubgraphHarness, startSubgraphHarness } from '../support/subgraph';
import { countOf } from './helpers';
import { addUnit } from './tree';

let server: SubgraphHarness;
let admin: string;

beforeAll(async () => {
  server = await startSubgraphHarness(gridSubgraph);
  admin = await server.tokenFor(['ADMIN']);
});
afterAll(() => server.stop());

/** Waits (by asking Postgres, not by sleeping) until some statement is blocked on a lock. */
async function untilSomeoneWaitsForALock() {
  for (;;) {
    if (await countOf(server.db, sql`select count(*)::int as n from pg_locks where not granted`)) return;
  }
}

it('a code taken by another administrator between the check and the write is still refused on input.code', async () => {
  const county = await addUnit(server, admin, { code: 'LH', name: '临河县', level: 'COUNTY' });
  let inserted!: () => void;
  let commit!: () => void;
  const insertedSignal = new Promise<void>((resolve) => (inserted = resolve));
  const commitSignal = new Promise<void>((resolve) => (commit = resolve));
  // The other administrator's transaction has written the code but not committed: our check cannot see it yet.
  const other = server.db.transaction(async (tx) => {
    const id = randomUUID();
    await tx.insert(gridUnitsTable).values({
      id,
      code: 'LH-01',
      name: '青云镇',
      level: 'TOWNSHIP',
      parentId: county.id,
      path: `/${county.id}/${id}/`,
      depth: 1,
    });
    inserted();
    await commitSignal;
  });
  await insertedSignal;
  const ours = server.gql(
    `mutation($input: CreateGridUnitInput!) { createGridUnit(input: $input) { id } }`,
    { input: { code: 'LH-01', name: '另一个青云镇', level: 'TOWNSHIP', parentId: county.id } },
    admin,
  );
  await untilSomeoneWaitsForALock();
  commit();
  await other;
  expect(onlyError(await ours)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.code' });
});
