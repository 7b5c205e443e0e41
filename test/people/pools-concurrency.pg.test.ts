import { personsTable, poolMembershipsTable } from '@onedoor/db/people';
import { isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PeopleServer, startPeopleServer } from './people-server';
import { HEADER, idForRow } from './pool-csv';

// PostgreSQL only (PGlite runs one transaction at a time): imports and registrations really overlap.
let server: PeopleServer;
let staff: string;
beforeAll(async () => {
  server = await startPeopleServer();
  staff = await server.tokenFor(['CENTRE_STAFF']);
});
afterAll(() => server?.stop());

const IMPORT =
  'mutation($i: ImportPoolInput!) { importPool(input: $i) { created updated unchanged rejected { line } } }';
const csv = `${HEADER}\n${Array.from({ length: 200 }, (_, i) => `志愿者${i},${idForRow(i)},,,,,,,,,,,,`).join('\n')}\n`;

describe('imports racing each other and the intake desk', () => {
  it('three uploads of one file and five registrations of people in it leave one record per person', async () => {
    const imports = Array.from({ length: 3 }, () =>
      server.gql<{ importPool: { created: number; unchanged: number } }>(
        IMPORT,
        { i: { pool: 'VOLUNTEER', csv } },
        staff,
      ),
    );
    const desks = Array.from({ length: 5 }, (_, i) =>
      server.gql(
        'mutation($i: RegisterPersonInput!) { registerPerson(input: $i) { id } }',
        { i: { name: `志愿者${i * 40}`, nationalId: idForRow(i * 40) } },
        staff,
      ),
    );
    const results = await Promise.all(imports);
    await Promise.all(desks);
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    expect(results.reduce((n, r) => n + r.data!.importPool.created, 0)).toBe(200);
    const [persons] = await server.db
      .select({ n: sql<number>`count(*)::int`, ids: sql<number>`count(distinct ${personsTable.nationalIdHash})::int` })
      .from(personsTable)
      .where(isNull(personsTable.mergedIntoId));
    expect(persons).toEqual({ n: 200, ids: 200 });
    expect(await server.db.$count(poolMembershipsTable)).toBe(200);
  });
});

describe('adding one person to one pool from two desks at once', () => {
  it('one membership is made; the other desk hears it is a conflict', async () => {
    const personId = await server.registerPerson({ name: '同时入库' });
    const add = () =>
      server.gql<{ addPoolMember: { id: string } }>(
        'mutation($i: AddPoolMemberInput!) { addPoolMember(input: $i) { id } }',
        { i: { personId, pool: 'LAWYER' } },
        staff,
      );
    const results = await Promise.all(Array.from({ length: 6 }, add));
    const codes = results.map((r) => (r.data?.addPoolMember ? 'ADDED' : r.errors?.[0]?.extensions?.code)).sort();
    expect(codes).toEqual(['ADDED', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT']);
  });
});
