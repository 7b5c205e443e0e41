import type { Role } from '@onedoor/db';
import { auditEventsTable } from '@onedoor/db/audit';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onlyError, type PeopleServer, startPeopleServer } from './people-server';

const CREATE =
  'mutation($i: CreateAccountInput!) { createAccount(input: $i) { id username roles disabled lockedUntil person { name } } }';
const LOGIN = 'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }';

let server: PeopleServer;
let admin: string;
let accountId: string;
const login = (password: string, username = 'zhaoli') =>
  server.gql<{ login: { token: string } }>(LOGIN, { u: username, p: password });
/** Opens an account for a person through the API, as the administrator unless another token is given. */
const createAccount = (personId: string, username: string, password: string, roles: Role[], token = admin) =>
  server.gql<{ createAccount: { id: string } }>(CREATE, { i: { personId, username, password, roles } }, token);

beforeAll(async () => {
  server = await startPeopleServer();
  admin = await server.tokenFor(['ADMIN']);
  const personId = await server.registerPerson({ name: '赵丽' });
  const res = await createAccount(personId, 'zhaoli', 'first-password', ['CENTRE_STAFF']);
  accountId = res.data!.createAccount.id;
});
afterAll(() => server?.stop());

describe('administering accounts', () => {
  it('an administrator opens an account that can sign in; no password or hash is exposed', async () => {
    const read = await server.gql<{ account: Record<string, unknown> }>(
      'query($id: ID!) { account(id: $id) { username roles disabled person { name } } }',
      { id: accountId },
      admin,
    );
    expect(read.data!.account).toEqual({
      username: 'zhaoli',
      roles: ['CENTRE_STAFF'],
      disabled: false,
      person: { name: '赵丽' },
    });
    expect((await login('first-password')).data?.login.token).toBeTruthy();
    const introspect = await server.gql<{ __type: { fields: { name: string }[] } }>(
      '{ __type(name: "Account") { fields { name } } }',
      {},
      admin,
    );
    expect(introspect.data!.__type.fields.map((f) => f.name).join()).not.toMatch(/password|hash/i);
    const events = await server.db.select().from(auditEventsTable).where(eq(auditEventsTable.entityId, accountId));
    expect(JSON.stringify(events)).not.toContain('first-password');
  });

  it('a taken username is a conflict; a short password is bad input', async () => {
    const personId = await server.registerPerson({ name: '赵丽二' });
    const taken = await createAccount(personId, 'zhaoli', 'another-password', ['HANDLER']);
    expect(onlyError(taken)).toMatchObject({ code: 'CONFLICT', field: 'input.username' });
    const short = await createAccount(personId, 'zhaoli2', 'short', ['HANDLER']);
    expect(onlyError(short)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
  });

  it('the account holder changes their own password with the current one', async () => {
    const token = (await login('first-password')).data!.login.token;
    const change = (currentPassword: string, newPassword: string) =>
      server.gql(
        'mutation($i: ChangePasswordInput!) { changePassword(input: $i) { id } }',
        { i: { currentPassword, newPassword } },
        token,
      );
    expect(onlyError(await change('wrong-password', 'second-password'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.currentPassword',
    });
    expect((await change('first-password', 'second-password')).errors).toBeUndefined();
    expect(onlyError(await login('first-password')).code).toBe('UNAUTHENTICATED');
    expect((await login('second-password')).data?.login.token).toBeTruthy();
  });

  it('an administrator locks and unlocks, disables and enables, and resets the password', async () => {
    const until = new Date(server.clock.now().getTime() + 3_600_000).toISOString();
    const locked = await server.gql<{ lockAccount: { lockedUntil: string } }>(
      'mutation($i: LockAccountInput!) { lockAccount(input: $i) { lockedUntil } }',
      { i: { accountId, until } },
      admin,
    );
    expect(locked.data!.lockAccount.lockedUntil).toBe(until);
    expect(onlyError(await login('second-password')).message).toMatch(/locked/);
    await server.gql('mutation($id: ID!) { unlockAccount(accountId: $id) { id } }', { id: accountId }, admin);
    expect((await login('second-password')).data?.login.token).toBeTruthy();

    await server.gql(
      'mutation($i: SetAccountDisabledInput!) { setAccountDisabled(input: $i) { disabled } }',
      { i: { accountId, disabled: true } },
      admin,
    );
    expect(onlyError(await login('second-password')).message).toMatch(/disabled/);
    await server.gql(
      'mutation($i: SetAccountDisabledInput!) { setAccountDisabled(input: $i) { disabled } }',
      { i: { accountId, disabled: false } },
      admin,
    );

    const reset = await server.gql(
      'mutation($i: ResetPasswordInput!) { resetPassword(input: $i) { id } }',
      { i: { accountId, newPassword: 'reset-by-admin' } },
      admin,
    );
    expect(reset.errors).toBeUndefined();
    expect((await login('reset-by-admin')).data?.login.token).toBeTruthy();
    const actions = (
      await server.db.select().from(auditEventsTable).where(eq(auditEventsTable.entityId, accountId))
    ).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'createAccount',
        'changePassword',
        'lockAccount',
        'unlockAccount',
        'setAccountDisabled',
        'resetPassword',
      ]),
    );
  });

  it('only an administrator administers accounts', async () => {
    const staff = await server.tokenFor(['CENTRE_STAFF']);
    for (const [query, variables] of [
      [
        'mutation($i: ResetPasswordInput!) { resetPassword(input: $i) { id } }',
        { i: { accountId, newPassword: 'staff-reset-pw' } },
      ],
      ['mutation($id: ID!) { unlockAccount(accountId: $id) { id } }', { id: accountId }],
      [
        'mutation($i: SetAccountDisabledInput!) { setAccountDisabled(input: $i) { id } }',
        { i: { accountId, disabled: true } },
      ],
      [
        'mutation($i: LockAccountInput!) { lockAccount(input: $i) { id } }',
        { i: { accountId, until: '2030-01-01T00:00:00Z' } },
      ],
      ['query($id: ID!) { account(id: $id) { id } }', { id: accountId }],
    ] as const) {
      expect(onlyError(await server.gql(query, variables, staff)).code).toBe('FORBIDDEN');
    }
    expect(
      (
        await server.gql(
          'query($id: ID!) { account(id: $id) { id } }',
          { id: accountId },
          await server.tokenFor(['AUDITOR']),
        )
      ).errors,
    ).toBeUndefined();
    const personId = await server.registerPerson({ name: '钱七' });
    const byStaff = await createAccount(personId, 'qianqi', 'long-enough-pw', ['ADMIN'], staff);
    expect(onlyError(byStaff).code).toBe('FORBIDDEN');
    expect(
      onlyError(
        await server.gql(
          'mutation { changePassword(input: { currentPassword: "a", newPassword: "bbbbbbbbbbbb" }) { id } }',
        ),
      ).code,
    ).toBe('UNAUTHENTICATED');
  });
});
