import {
  type AccountRow,
  createAccountsRepository,
  createPeopleRepository,
  hashPassword,
  type Role,
  verifyPassword,
} from '@onedoor/db';
import { badInput, conflict, isUniqueViolation, notFound, recordAudit, requireViewer } from '@onedoor/subgraph-kit';
import type { PeopleContext } from '../context';

/** Opens an account; the username is unique and the password stored only as an argon2id hash. */
export async function createAccount(
  ctx: PeopleContext,
  input: { personId: string; username: string; password: string; roles: Role[]; organisationId?: string | null },
): Promise<AccountRow> {
  if (input.organisationId) {
    const found = await ctx.peers.existing('grid', 'Organisation', [input.organisationId]);
    if (!found.has(input.organisationId)) throw notFound('Organisation', input.organisationId, 'input.organisationId');
  }
  const passwordHash = await hashPassword(input.password);
  const now = ctx.clock.now();
  const taken = () =>
    conflict(`The username "${input.username}" is taken: choose another.`, { field: 'input.username' });
  return ctx.db
    .transaction(async (tx) => {
      const repo = createPeopleRepository(tx);
      const [person] = await repo.personsByIds([input.personId]);
      if (!person || person.mergedIntoId) throw notFound('Person', input.personId, 'input.personId');
      if (await repo.accountByUsername(input.username)) throw taken();
      const account = await repo.insertAccount({
        personId: person.id,
        username: input.username,
        passwordHash,
        roles: [...new Set(input.roles)],
        organisationId: input.organisationId ?? null,
        createdAt: now,
        updatedAt: now,
      });
      await recordAudit(tx, ctx, {
        subgraph: 'people',
        action: 'createAccount',
        entityType: 'Account',
        entityId: account.id,
        data: { username: account.username, roles: account.roles },
      });
      return account;
    })
    .catch((err: unknown) => {
      if (isUniqueViolation(err)) throw taken();
      throw err;
    });
}

/** Applies one administrative change to a locked account row, with its audit event, in one transaction. */
function changeAccount(
  ctx: PeopleContext,
  accountId: string,
  action: string,
  values: (row: AccountRow, now: Date) => Partial<AccountRow>,
  data: Record<string, unknown> = {},
) {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const repo = createAccountsRepository(tx);
    const row = await repo.lockAccount(accountId);
    if (!row) throw notFound('Account', accountId, 'input.accountId');
    const updated = await repo.updateAccount(row.id, { ...values(row, now), updatedAt: now });
    // Never the password or its hash: the audit trail records that it changed, not what to.
    await recordAudit(tx, ctx, { subgraph: 'people', action, entityType: 'Account', entityId: row.id, data });
    return updated;
  });
}

export async function changePassword(
  ctx: PeopleContext,
  input: { currentPassword: string; newPassword: string },
): Promise<AccountRow> {
  const viewer = requireViewer(ctx.viewer);
  const [account] = await createPeopleRepository(ctx.db).accountsByIds([viewer.accountId]);
  if (!account) throw notFound('Account', viewer.accountId);
  if (!(await verifyPassword(account.passwordHash, input.currentPassword)))
    throw badInput('input.currentPassword', 'The current password is wrong.');
  if (input.currentPassword === input.newPassword)
    throw badInput('input.newPassword', 'The new password must differ from the current one.');
  const passwordHash = await hashPassword(input.newPassword);
  return changeAccount(ctx, account.id, 'changePassword', () => ({ passwordHash }));
}

export async function resetPassword(
  ctx: PeopleContext,
  input: { accountId: string; newPassword: string },
): Promise<AccountRow> {
  const passwordHash = await hashPassword(input.newPassword);
  return changeAccount(ctx, input.accountId, 'resetPassword', () => ({
    passwordHash,
    failedLogins: 0,
    lockedUntil: null,
  }));
}

export function lockAccount(ctx: PeopleContext, input: { accountId: string; until: Date }): Promise<AccountRow> {
  if (input.until <= ctx.clock.now()) throw badInput('input.until', 'The lock must end in the future.');
  return changeAccount(ctx, input.accountId, 'lockAccount', () => ({ lockedUntil: input.until }), {
    until: input.until.toISOString(),
  });
}

export function unlockAccount(ctx: PeopleContext, accountId: string): Promise<AccountRow> {
  return changeAccount(ctx, accountId, 'unlockAccount', () => ({ lockedUntil: null, failedLogins: 0 }));
}

export function setAccountDisabled(
  ctx: PeopleContext,
  input: { accountId: string; disabled: boolean },
): Promise<AccountRow> {
  if (input.accountId === ctx.viewer?.accountId && input.disabled)
    throw badInput('input.accountId', 'An administrator cannot disable their own account.');
  return changeAccount(ctx, input.accountId, 'setAccountDisabled', () => ({ disabled: input.disabled }), {
    disabled: input.disabled,
  });
}
