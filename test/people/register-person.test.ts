import { auditEventsTable } from '@onedoor/db/audit';
import { personsTable } from '@onedoor/db/people';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nationalId, onlyError, type PeopleServer, startPeopleServer } from './people-server';

const REGISTER = `mutation($i: RegisterPersonInput!) {
  registerPerson(input: $i) { id name gender nationalId phone birthDate address vulnerabilities }
}`;

let server: PeopleServer;
let staff: string;
const register = (input: Record<string, unknown>, token: string | null = staff) =>
  server.gql<{ registerPerson: Record<string, unknown> }>(REGISTER, { i: input }, token);
const written = async () => ({
  persons: (await server.db.select({ n: sql<number>`count(*)::int` }).from(personsTable))[0]!.n,
  audits: (await server.db.select({ n: sql<number>`count(*)::int` }).from(auditEventsTable))[0]!.n,
});

beforeAll(async () => {
  server = await startPeopleServer();
  staff = await server.tokenFor(['CENTRE_STAFF']);
});
afterAll(() => server?.stop());

describe('registering a person', () => {
  it('centre staff register a petitioner; birth date and gender are read from the national id', async () => {
    const id = nationalId('19580317', 123);
    const res = await register({
      name: '王秀英',
      nationalId: id,
      phone: '13912345678',
      address: '临沭县郑山街道',
      vulnerabilities: ['ELDERLY', 'ELDERLY'],
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.registerPerson).toMatchObject({
      name: '王秀英',
      gender: 'MALE',
      birthDate: '1958-03-17',
      nationalId: id,
      phone: '13912345678',
      vulnerabilities: ['ELDERLY'],
    });
    const personId = res.data!.registerPerson.id as string;
    const events = await server.db.select().from(auditEventsTable).where(eq(auditEventsTable.entityId, personId));
    expect(events.map((e) => e.action)).toEqual(['registerPerson']);
    expect(JSON.stringify(events[0]!.data)).not.toContain(id);
  });

  it('the stored row holds neither identifier in plain text', async () => {
    const id = nationalId('19900101', 246);
    const personId = (await register({ name: '李强', nationalId: id, phone: '0539-6212345' })).data!.registerPerson
      .id as string;
    const [row] = await server.db.select().from(personsTable).where(eq(personsTable.id, personId));
    const stored = JSON.stringify(row);
    expect(stored).not.toContain(id);
    expect(stored).not.toContain(id.slice(6, 14));
    expect(stored).not.toContain('6212345');
    expect(server.cipher.decrypt(row!.nationalIdEnc!)).toBe(id);
    expect(row!.nationalIdHash).toBe(server.cipher.hash(id));
  });

  it('a handler may register too', async () => {
    const res = await register({ name: '赵敏' }, await server.tokenFor(['HANDLER']));
    expect(res.errors).toBeUndefined();
  });

  it('a mediator may not register persons', async () => {
    const before = await written();
    const err = onlyError(await register({ name: '孙丽' }, await server.tokenFor(['MEDIATOR'])));
    expect(err.code).toBe('FORBIDDEN');
    expect(await written()).toEqual(before);
  });

  it('without a token the request is refused as unauthenticated', async () => {
    expect(onlyError(await register({ name: '孙丽' }, null)).code).toBe('UNAUTHENTICATED');
  });

  it('a national id with a wrong check digit is refused naming the field, and nothing is written', async () => {
    const before = await written();
    const good = nationalId('19800101', 5);
    const bad = good.slice(0, 17) + (good[17] === '1' ? '2' : '1');
    const err = onlyError(await register({ name: '周杰', nationalId: bad }));
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.nationalId' });
    expect(err.message).toMatch(/check digit/);
    expect(await written()).toEqual(before);
  });

  it('a national id of the wrong length is refused naming the field', async () => {
    expect(onlyError(await register({ name: '周杰', nationalId: '37132219800101' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.nationalId',
    });
  });

  it('a birth date that contradicts the national id is refused naming the birth date', async () => {
    const err = onlyError(
      await register({ name: '周杰', nationalId: nationalId('19800101', 7), birthDate: '1980-01-02' }),
    );
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.birthDate' });
  });

  it('a phone that is neither mobile nor landline is refused naming the field', async () => {
    const before = await written();
    const err = onlyError(await register({ name: '吴磊', phone: '12345' }));
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.phone' });
    expect(err.message).toMatch(/mobile/);
    expect(await written()).toEqual(before);
  });

  it('an empty name is refused naming the field', async () => {
    expect(onlyError(await register({ name: '  ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
  });

  it('registering the same national id twice is a conflict that points to the existing person', async () => {
    const id = nationalId('19751111', 88);
    const first = (await register({ name: '郑爽', nationalId: id })).data!.registerPerson.id;
    const before = await written();
    const err = onlyError(await register({ name: '郑爽', nationalId: id.toLowerCase() }));
    expect(err.code).toBe('CONFLICT');
    expect(err.extensions.existingPersonId).toBe(first);
    expect(await written()).toEqual(before);
  });
});
