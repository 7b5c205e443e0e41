import { accessLogTable } from '@onedoor/db/audit';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nationalId, onlyError, type PeopleServer, startPeopleServer } from './people-server';

const PERSON = 'query($id: ID!) { person(id: $id) { id name nationalId phone } }';

let server: PeopleServer;
let personId: string;
const id = nationalId('19640704', 321);

beforeAll(async () => {
  server = await startPeopleServer();
  personId = await server.registerPerson({ name: '刘建国', nationalId: id, phone: '13812345678' });
  await server.db.delete(accessLogTable);
});
afterAll(() => server?.stop());

const logFor = () => server.db.select().from(accessLogTable).where(eq(accessLogTable.entityId, personId));

describe('personal identifiers', () => {
  it('a handler sees the national id and phone masked, and nothing is logged', async () => {
    const res = await server.gql<{ person: Record<string, string> }>(
      PERSON,
      { id: personId },
      await server.tokenFor(['HANDLER']),
    );
    expect(res.data?.person).toMatchObject({ nationalId: `371***********${id.slice(-4)}`, phone: '138****5678' });
    expect(await logFor()).toEqual([]);
  });

  it('centre staff see them in full, and each unmasked read is written to the access log', async () => {
    const token = await server.tokenFor(['CENTRE_STAFF']);
    server.counter.reset();
    const res = await server.gql<{ person: Record<string, string> }>(PERSON, { id: personId }, token);
    expect(res.data?.person).toMatchObject({ nationalId: id, phone: '13812345678' });
    // both identifiers in one insert, next to the one select
    expect(server.counter.statements).toHaveLength(2);
    expect(server.counter.touching('audit')).toHaveLength(1);
    const log = await logFor();
    expect(log.map((r) => r.field).sort()).toEqual(['nationalId', 'phone']);
    expect(log.every((r) => r.entityType === 'Person' && r.actorAccountId && r.requestId)).toBe(true);
  });

  it('a person can be found by the exact national id, without it being stored in the clear', async () => {
    const res = await server.gql<{ persons: { nodes: { id: string }[] } }>(
      'query($f: PersonFilter) { persons(filter: $f) { nodes { id } } }',
      { f: { nationalId: id } },
      await server.tokenFor(['HANDLER']),
    );
    expect(res.data?.persons.nodes).toEqual([{ id: personId }]);
  });

  it('a partner agency may not read persons directly', async () => {
    expect(onlyError(await server.gql(PERSON, { id: personId }, await server.tokenFor(['PARTNER']))).code).toBe(
      'FORBIDDEN',
    );
  });
});
