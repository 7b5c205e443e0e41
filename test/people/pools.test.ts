import { auditEventsTable } from '@onedoor/db/audit';
import { accountsTable } from '@onedoor/db/people';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onlyError, type PeopleServer, startPeopleServer } from './people-server';

const MEDIATOR = `query($id: ID!) { mediator(id: $id) {
  status languages weekdays availableOn(date: "2026-03-03")
  certifications { name expiresOn expired }
  statusHistory { from to reason actor { id } }
  availabilityExceptions { kind from to note }
  performance { casesMediated casesResolved successRate satisfaction lastActivityAt }
} }`;
const ADD = 'mutation($i: AddPoolMemberInput!) { addPoolMember(input: $i) { id } }';

let server: PeopleServer;
let staff: string;
let personId: string;
let mediatorId: string;
let mediatorToken: string;

beforeAll(async () => {
  // Monday 2 March 2026 in Beijing.
  server = await startPeopleServer(new Date('2026-03-02T01:30:00Z'));
  staff = await server.tokenFor(['CENTRE_STAFF']);
  personId = await server.registerPerson({ name: '宋志刚' });
  const res = await server.gql<{ addPoolMember: { id: string } }>(
    ADD,
    {
      i: {
        personId,
        pool: 'PEOPLES_MEDIATOR',
        specialties: ['family'],
        languages: ['普通话', '临沭话'],
        weekdays: [2, 4, 2],
        certifications: [{ name: '调解员证', expiresOn: '2026-03-01' }, { name: '心理咨询证' }],
      },
    },
    staff,
  );
  mediatorId = res.data!.addPoolMember.id;
  const account = await server.addAccount({ username: 'songzg', password: 'long-enough-pw', roles: ['MEDIATOR'] });
  // The mediator's own account belongs to the member's person.
  await server.db.update(accountsTable).set({ personId }).where(eq(accountsTable.id, account.id));
  const login = await server.gql<{ login: { token: string } }>(
    'mutation { login(input: { username: "songzg", password: "long-enough-pw" }) { token } }',
  );
  mediatorToken = login.data!.login.token;
});
afterAll(() => server?.stop());

const read = async () =>
  (await server.gql<{ mediator: Record<string, unknown> }>(MEDIATOR, { id: mediatorId }, staff)).data!.mediator;

describe('a pool membership', () => {
  it('records languages, weekdays and certifications, with the expired one flagged', async () => {
    expect(await read()).toMatchObject({
      status: 'ACTIVE',
      languages: ['普通话', '临沭话'],
      weekdays: [2, 4],
      availableOn: true,
      certifications: [
        { name: '调解员证', expiresOn: '2026-03-01', expired: true },
        { name: '心理咨询证', expiresOn: null, expired: false },
      ],
      performance: { casesMediated: 0, casesResolved: 0, successRate: null, satisfaction: null, lastActivityAt: null },
    });
  });

  it('one membership per person and pool', async () => {
    expect(onlyError(await server.gql(ADD, { i: { personId, pool: 'PEOPLES_MEDIATOR' } }, staff))).toMatchObject({
      code: 'CONFLICT',
      field: 'input.pool',
    });
  });

  it('keeps the history of status changes, each audited', async () => {
    const change = (status: string, reason: string) =>
      server.gql(
        'mutation($i: ChangeMediatorStatusInput!) { changeMediatorStatus(input: $i) { status } }',
        { i: { mediatorId, status, reason } },
        staff,
      );
    server.clock.advance(60_000);
    expect((await change('SUSPENDED', '身体原因')).errors).toBeUndefined();
    server.clock.advance(60_000);
    expect((await change('ACTIVE', '恢复')).errors).toBeUndefined();
    expect(onlyError(await change('ACTIVE', '再次')).code).toBe('CONFLICT');
    // The tokens belong to synthetic accounts, so no actor resolves.
    expect((await read()).statusHistory).toEqual([
      { from: null, to: 'ACTIVE', reason: 'joined', actor: null },
      { from: 'ACTIVE', to: 'SUSPENDED', reason: '身体原因', actor: null },
      { from: 'SUSPENDED', to: 'ACTIVE', reason: '恢复', actor: null },
    ]);
    const events = await server.db.select().from(auditEventsTable).where(eq(auditEventsTable.entityId, mediatorId));
    expect(events.map((e) => e.action)).toEqual(['addPoolMember', 'changeMediatorStatus', 'changeMediatorStatus']);
  });

  it('the mediator sets their own availability; leave makes them unavailable on those days', async () => {
    const leave = await server.gql(
      'mutation($i: AddAvailabilityExceptionInput!) { addAvailabilityException(input: $i) { id } }',
      { i: { mediatorId, kind: 'LEAVE', from: '2026-03-03', to: '2026-03-03', note: '家中有事' } },
      mediatorToken,
    );
    expect(leave.errors).toBeUndefined();
    expect(await read()).toMatchObject({
      availableOn: false,
      availabilityExceptions: [{ kind: 'LEAVE', from: '2026-03-03', to: '2026-03-03', note: '家中有事' }],
    });
    const days = await server.gql(
      'mutation($i: SetMediatorWeekdaysInput!) { setMediatorWeekdays(input: $i) { weekdays } }',
      { i: { mediatorId, weekdays: [1, 2, 3] } },
      mediatorToken,
    );
    expect(days.data).toEqual({ setMediatorWeekdays: { weekdays: [1, 2, 3] } });
  });

  it('another mediator may not change it; a handler may not manage pools', async () => {
    const other = await server.tokenFor(['MEDIATOR']);
    expect(
      onlyError(
        await server.gql(
          'mutation($i: SetMediatorWeekdaysInput!) { setMediatorWeekdays(input: $i) { id } }',
          { i: { mediatorId, weekdays: [] } },
          other,
        ),
      ).code,
    ).toBe('FORBIDDEN');
    const handler = await server.tokenFor(['HANDLER']);
    expect(onlyError(await server.gql(ADD, { i: { personId, pool: 'OBSERVER' } }, handler)).code).toBe('FORBIDDEN');
    const refused: [string, Record<string, unknown>][] = [
      [
        'mutation($i: AddCertificationInput!) { addCertification(input: $i) { id } }',
        { mediatorId, certification: { name: 'x' } },
      ],
      [
        'mutation($i: ChangeMediatorStatusInput!) { changeMediatorStatus(input: $i) { id } }',
        { mediatorId, status: 'RETIRED', reason: 'x' },
      ],
      [
        'mutation($i: AddAvailabilityExceptionInput!) { addAvailabilityException(input: $i) { id } }',
        { mediatorId, kind: 'LEAVE', from: '2026-03-09', to: '2026-03-09' },
      ],
    ];
    for (const [mutation, i] of refused) {
      expect(onlyError(await server.gql(mutation, { i }, handler)).code, mutation).toBe('FORBIDDEN');
    }
    expect(onlyError(await server.gql('{ poolImportProgress(progressKey: "k") { phase } }', {}, handler)).code).toBe(
      'FORBIDDEN',
    );
    expect((await server.gql('{ poolImportProgress(progressKey: "k") { phase } }', {}, staff)).data).toEqual({
      poolImportProgress: null,
    });
  });

  it('bad input names the field before anything is written', async () => {
    expect(
      onlyError(
        await server.gql(
          'mutation($i: SetMediatorWeekdaysInput!) { setMediatorWeekdays(input: $i) { id } }',
          { i: { mediatorId, weekdays: [8] } },
          staff,
        ),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.weekdays.0' });
    expect(
      onlyError(
        await server.gql(
          'mutation($i: AddAvailabilityExceptionInput!) { addAvailabilityException(input: $i) { id } }',
          { i: { mediatorId, kind: 'BLOCKED', from: '2026-03-05', to: '2026-03-04' } },
          staff,
        ),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.to' });
  });

  it('filters pool members by language and studio', async () => {
    const res = await server.gql<{ mediators: { totalCount: number } }>(
      '{ mediators(filter: { language: "临沭话" }) { totalCount } }',
      {},
      staff,
    );
    expect(res.data!.mediators.totalCount).toBe(1);
  });
});

describe('listing pool members with everything about them', () => {
  it('costs the same few statements for 3 members as for 12', async () => {
    const QUERY = `{ mediators(first: 50) { nodes { person { name } certifications { name expired } statusHistory { to actor { id } }
      availabilityExceptions { from } availableOn(date: "2026-03-04") performance { casesMediated } } } }`;
    const count = async () => {
      server.counter.reset();
      const res = await server.gql<{ mediators: { nodes: unknown[] } }>(QUERY, {}, staff);
      expect(res.errors).toBeUndefined();
      return { members: res.data!.mediators.nodes.length, statements: server.counter.touching('people').length };
    };
    const few = await count();
    for (let i = 0; i < 9; i++) {
      const personId = await server.registerPerson({ name: `成员${i}` });
      await server.gql(ADD, { i: { personId, pool: 'VOLUNTEER', certifications: [{ name: '志愿者证' }] } }, staff);
    }
    const many = await count();
    expect(many.members).toBe(few.members + 9);
    expect(many.statements).toBe(few.statements);
  });
});
