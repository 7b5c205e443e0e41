import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onlyError, type PeopleServer, startPeopleServer } from './people-server';

const PERSONS = `query($f: PersonFilter, $o: PersonOrder, $first: Int, $after: String, $offset: Int) {
  persons(filter: $f, orderBy: $o, first: $first, after: $after, offset: $offset) {
    nodes { name vulnerabilities poolMemberships { pool } } totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;
const MEDIATORS = `query($f: MediatorFilter, $first: Int) {
  mediators(filter: $f, first: $first) {
    nodes { id pool fullTime specialties studio status joinedOn organisation { id } gridUnits { id } person { name } } totalCount
  }
}`;

interface PersonsData {
  persons: {
    nodes: { name: string; vulnerabilities: string[]; poolMemberships: { pool: string }[] }[];
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  };
}

let server: PeopleServer;
let handler: string;
const committee = randomUUID();
const village = randomUUID();
let chen: string;

beforeAll(async () => {
  server = await startPeopleServer();
  handler = await server.tokenFor(['HANDLER']);
  chen = await server.registerPerson({ name: '陈老汉', vulnerabilities: ['ELDERLY', 'DISABLED'] });
  server.clock.advance(60_000);
  await server.registerPerson({ name: '陈小红', vulnerabilities: ['MINOR'] });
  server.clock.advance(60_000);
  await server.registerPerson({ name: '黄大妈', vulnerabilities: ['ELDERLY'] });
  await server.registerPerson({ name: '林工', vulnerabilities: ['MIGRANT'] });
  await server.registerPerson({ name: '100%_special' });
  await server.addMembership({
    personId: chen,
    pool: 'PEOPLES_MEDIATOR',
    fullTime: true,
    specialties: ['土地纠纷', '婚姻家庭'],
    organisationId: committee,
    gridUnitIds: [village],
    joinedOn: '2020-05-01',
  });
  await server.addMembership({ personId: chen, pool: 'OBSERVER' });
  await server.addMembership({ pool: 'PEOPLES_MEDIATOR', specialties: ['医疗纠纷'], status: 'SUSPENDED' });
  await server.addMembership({ pool: 'LAWYER', specialties: ['婚姻家庭'] });
});
afterAll(() => server?.stop());

describe('listing persons', () => {
  it('filters by words of the name and by vulnerability, in SQL', async () => {
    const byName = await server.gql<PersonsData>(PERSONS, { f: { search: '陈' } }, handler);
    expect(byName.data?.persons.nodes.map((n) => n.name).sort()).toEqual(['陈小红', '陈老汉']);
    expect(byName.data?.persons.totalCount).toBe(2);
    const elderly = await server.gql<PersonsData>(PERSONS, { f: { vulnerability: 'ELDERLY' } }, handler);
    expect(elderly.data?.persons.nodes.map((n) => n.name).sort()).toEqual(['陈老汉', '黄大妈']);
    const literal = await server.gql<PersonsData>(PERSONS, { f: { search: '%_' } }, handler);
    expect(literal.data?.persons.nodes.map((n) => n.name)).toEqual(['100%_special']);
  });

  it('pages by cursor and by offset without losing or repeating anyone', async () => {
    const order = { field: 'NAME', direction: 'ASC' };
    const all = (await server.gql<PersonsData>(PERSONS, { o: order, first: 50 }, handler)).data!.persons.nodes.map(
      (n) => n.name,
    );
    // five registered persons and the two pool members added without one
    expect(all).toHaveLength(7);
    const first = (await server.gql<PersonsData>(PERSONS, { o: order, first: 3 }, handler)).data!.persons;
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = (
      await server.gql<PersonsData>(PERSONS, { o: order, first: 2, after: first.pageInfo.endCursor }, handler)
    ).data!.persons;
    const third = (await server.gql<PersonsData>(PERSONS, { o: order, first: 2, offset: 5 }, handler)).data!.persons;
    expect([...first.nodes, ...second.nodes, ...third.nodes].map((n) => n.name)).toEqual(all);
    expect(third.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('orders by registration time, newest first by default, and pages through it by cursor', async () => {
    const vars = { f: { vulnerability: 'ELDERLY' }, o: { field: 'CREATED_AT' }, first: 1 };
    const first = (await server.gql<PersonsData>(PERSONS, vars, handler)).data!.persons;
    const second = (await server.gql<PersonsData>(PERSONS, { ...vars, after: first.pageInfo.endCursor }, handler)).data!
      .persons;
    expect([...first.nodes, ...second.nodes].map((n) => n.name)).toEqual(['黄大妈', '陈老汉']);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it("shows each person's pool memberships", async () => {
    const res = await server.gql<PersonsData>(PERSONS, { f: { search: '陈老汉' } }, handler);
    expect(res.data?.persons.nodes[0]?.poolMemberships.map((m) => m.pool)).toEqual(['PEOPLES_MEDIATOR', 'OBSERVER']);
  });

  it('a partner agency may not list persons; a fund officer may', async () => {
    expect(onlyError(await server.gql(PERSONS, {}, await server.tokenFor(['PARTNER']))).code).toBe('FORBIDDEN');
    expect((await server.gql(PERSONS, {}, await server.tokenFor(['FUND_OFFICER']))).errors).toBeUndefined();
  });
});

describe('listing pool members', () => {
  it('filters by pool, specialty and status', async () => {
    const res = await server.gql<{ mediators: { nodes: Record<string, unknown>[]; totalCount: number } }>(
      MEDIATORS,
      { f: { pool: 'PEOPLES_MEDIATOR', specialty: '婚姻家庭', status: 'ACTIVE' } },
      await server.tokenFor(['PARTNER']),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.mediators.totalCount).toBe(1);
    expect(res.data?.mediators.nodes[0]).toMatchObject({
      pool: 'PEOPLES_MEDIATOR',
      fullTime: true,
      specialties: ['土地纠纷', '婚姻家庭'],
      status: 'ACTIVE',
      joinedOn: '2020-05-01',
      organisation: { id: committee },
      gridUnits: [{ id: village }],
      person: { name: '陈老汉' },
    });
  });

  it('filters by the grid unit served', async () => {
    const res = await server.gql<{ mediators: { totalCount: number } }>(
      MEDIATORS,
      { f: { gridUnitId: village } },
      handler,
    );
    expect(res.data?.mediators.totalCount).toBe(1);
  });

  it('a malformed unit id is bad input naming the filter field', async () => {
    expect(onlyError(await server.gql(MEDIATORS, { f: { organisationId: 'x' } }, handler))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.organisationId',
    });
  });

  it('needs a token', async () => {
    expect(onlyError(await server.gql(MEDIATORS, {})).code).toBe('UNAUTHENTICATED');
  });
});
