import { auditEventsTable } from '@onedoor/db/audit';
import { viewerFromAuthorization } from '@onedoor/subgraph-kit';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onlyError, type PeopleServer, startPeopleServer } from './people-server';

const LOGIN = `mutation($i: LoginInput!) {
  login(input: $i) { token expiresAt account { id username roles lastLoginAt disabled person { name } } }
}`;

interface LoginData {
  login: {
    token: string;
    expiresAt: string;
    account: { id: string; username: string; roles: string[]; lastLoginAt: string | null; person: { name: string } };
  };
}

let server: PeopleServer;
const login = (username: string, password: string) => server.gql<LoginData>(LOGIN, { i: { username, password } });
const MINUTE = 60_000;

beforeAll(async () => {
  server = await startPeopleServer();
  await server.addAccount({ username: 'zhang.wei', password: 'correct horse battery', roles: ['CENTRE_STAFF'] });
  await server.addAccount({ username: 'li.na', password: 'correct horse battery', roles: ['HANDLER'] });
  await server.addAccount({ username: 'zhao.lei', password: 'correct horse battery', roles: ['LEADER'] });
  await server.addAccount({
    username: 'wang.fang',
    password: 'correct horse battery',
    roles: ['MEDIATOR'],
    disabled: true,
  });
});
afterAll(() => server?.stop());

describe('signing in', () => {
  it('a staff member with the right password gets a token carrying their account and roles', async () => {
    const res = await login('zhang.wei', 'correct horse battery');
    expect(res.errors).toBeUndefined();
    const { token, account, expiresAt } = res.data!.login;
    expect(account).toMatchObject({
      username: 'zhang.wei',
      roles: ['CENTRE_STAFF'],
      lastLoginAt: server.clock.now().toISOString(),
      person: { name: 'zhang.wei (staff)' },
    });
    const viewer = await viewerFromAuthorization(`Bearer ${token}`, server.config.jwtSecret);
    expect(viewer).toMatchObject({ accountId: account.id, username: 'zhang.wei', roles: ['CENTRE_STAFF'] });
    expect(new Date(expiresAt).getTime()).toBeGreaterThan(Date.now());

    const me = await server.gql<{ me: { id: string; username: string } }>('{ me { id username } }', {}, token);
    expect(me.data?.me).toEqual({ id: account.id, username: 'zhang.wei' });

    const events = await server.db.select().from(auditEventsTable).where(eq(auditEventsTable.entityId, account.id));
    expect(events.map((e) => [e.action, e.actorAccountId])).toContainEqual(['login', account.id]);
  });

  it('a wrong password and an unknown username get the same answer, naming neither', async () => {
    const wrong = onlyError(await login('zhang.wei', 'wrong'));
    const unknown = onlyError(await login('nobody', 'wrong'));
    expect(wrong).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Wrong username or password.' });
    expect(unknown).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Wrong username or password.' });
    const failures = await server.db.select().from(auditEventsTable).where(eq(auditEventsTable.action, 'login.failed'));
    expect(failures.map((e) => e.data.reason)).toEqual(expect.arrayContaining(['wrong-password', 'unknown-username']));
    expect(JSON.stringify(failures)).not.toContain('"wrong"');
  });

  it('five wrong passwords in a row lock the account for 15 minutes, even against the right password', async () => {
    for (let i = 1; i <= 4; i++)
      expect(onlyError(await login('li.na', `guess ${i}`)).message).toBe('Wrong username or password.');
    const fifth = onlyError(await login('li.na', 'guess 5'));
    expect(fifth.code).toBe('UNAUTHENTICATED');
    expect(fifth.message).toMatch(/locked .* until 2026-03-02 09:45 \(Beijing time\)/);
    expect(fifth.extensions.lockedUntil).toBe(new Date(server.clock.now().getTime() + 15 * MINUTE).toISOString());

    server.clock.advance(14 * MINUTE);
    const stillLocked = onlyError(await login('li.na', 'correct horse battery'));
    expect(stillLocked).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(stillLocked.message).toMatch(/locked/);

    server.clock.advance(1 * MINUTE);
    const res = await login('li.na', 'correct horse battery');
    expect(res.errors).toBeUndefined();
    expect(res.data?.login.account.username).toBe('li.na');
  });

  it('a successful sign-in starts the failure count afresh', async () => {
    for (let i = 1; i <= 4; i++) await login('zhao.lei', `guess ${i}`);
    expect((await login('zhao.lei', 'correct horse battery')).errors).toBeUndefined();
    for (let i = 1; i <= 4; i++)
      expect(onlyError(await login('zhao.lei', `guess ${i}`)).message).toBe('Wrong username or password.');
    expect((await login('zhao.lei', 'correct horse battery')).errors).toBeUndefined();
  });

  it('a disabled account is refused even with the right password', async () => {
    const err = onlyError(await login('wang.fang', 'correct horse battery'));
    expect(err.code).toBe('UNAUTHENTICATED');
    expect(err.message).toMatch(/disabled/);
    expect(onlyError(await login('wang.fang', 'wrong')).message).toBe('Wrong username or password.');
  });

  it('an empty username is bad input naming the field', async () => {
    expect(onlyError(await login('  ', 'x'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.username' });
  });

  it('me needs a token', async () => {
    expect(onlyError(await server.gql('{ me { id } }')).code).toBe('UNAUTHENTICATED');
  });
});
