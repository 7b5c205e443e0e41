import { randomUUID } from 'node:crypto';
import type { Role } from '@onedoor/db';
import { accessLogTable } from '@onedoor/db/audit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nationalId, type PeopleServer, startPeopleServer } from './people-server';

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id name } } }`;
const ENTITIES_WITH_IDS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id nationalId } } }`;

let server: PeopleServer;
const personIds: string[] = [];

beforeAll(async () => {
  server = await startPeopleServer();
  for (let i = 0; i < 50; i++)
    personIds.push(await server.registerPerson({ name: `村民${i}`, nationalId: nationalId('19700101', i + 1) }));
});
afterAll(() => server?.stop());

const refs = (typename: string, ids: string[]) => ids.map((id) => ({ __typename: typename, id }));

/** The 50 persons resolved as another subgraph asks for them, by a caller with `role`; statements counted from here. */
async function resolveAll<T>(document: string, role: Role): Promise<T[] | undefined> {
  const token = await server.tokenFor([role]);
  server.counter.reset();
  const res = await server.gql<{ _entities: T[] }>(document, { r: refs('Person', personIds) }, token);
  expect(res.errors).toBeUndefined();
  return res.data?._entities;
}

describe('references from other subgraphs', () => {
  it('50 persons resolve in one SQL statement', async () => {
    const persons = await resolveAll<{ id: string; name: string }>(ENTITIES, 'HANDLER');
    expect(persons?.map((e) => e.id)).toEqual(personIds);
    expect(server.counter.statements).toHaveLength(1);
  });

  it('50 unmasked national ids cost one select and one access-log insert', async () => {
    await server.db.delete(accessLogTable);
    const persons = await resolveAll<{ id: string; nationalId: string }>(ENTITIES_WITH_IDS, 'ADMIN');
    expect(persons?.[0]?.nationalId).toBe(nationalId('19700101', 1));
    expect(server.counter.statements).toHaveLength(2);
    expect(await server.db.select().from(accessLogTable)).toHaveLength(50);
  });

  it('unknown and malformed ids resolve to null, so callers can tell which persons exist', async () => {
    const res = await server.gql<{ _entities: ({ id: string } | null)[] }>(
      ENTITIES,
      { r: refs('Person', [personIds[0]!, randomUUID(), 'not-an-id']) },
      await server.tokenFor(['HANDLER']),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?._entities).toEqual([{ id: personIds[0], name: '村民0' }, null, null]);
  });

  it('accounts and mediators resolve by reference too, with their person', async () => {
    const account = await server.addAccount({ username: 'ref.user', password: 'pw-ref-user', roles: ['LEADER'] });
    const mediatorId = await server.addMembership({
      personId: personIds[1]!,
      pool: 'PEOPLES_MEDIATOR',
      specialties: ['婚姻家庭'],
    });
    const res = await server.gql<{ _entities: unknown[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) {
        ... on Account { id username roles person { name } }
        ... on Mediator { id pool specialties person { name } }
      } }`,
      { r: [...refs('Account', [account.id, randomUUID()]), ...refs('Mediator', [mediatorId, randomUUID()])] },
      await server.tokenFor(['HANDLER']),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?._entities).toEqual([
      { id: account.id, username: 'ref.user', roles: ['LEADER'], person: { name: 'ref.user (staff)' } },
      null,
      { id: mediatorId, pool: 'PEOPLES_MEDIATOR', specialties: ['婚姻家庭'], person: { name: '村民1' } },
      null,
    ]);
  });

  it('references need a signed-in caller', async () => {
    const res = await server.gql(ENTITIES, { r: refs('Person', personIds.slice(0, 1)) });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
