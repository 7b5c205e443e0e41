import {
  badInput,
  conflict,
  created,
  isUniqueViolation,
  notFound,
  requireViewer,
  type ServiceCall,
} from '@onedoor/subgraph-kit';
import type { Role } from '@onedoor/db';
import {
  type AccountRow,
  createAccountsRepository,
  createPeopleRepository,
  hashPassword,
  verifyPassword,
} from '@onedoor/db/people';
import type { PeopleContext } from '../context';
import { requireOrganisation } from './grid-peer';
import { auditedTransaction } from './audit';

/** Opens an account; the username is unique and the password stored only as an argon2id hash. */
export async function createAccount({
  ctx,
  input,
}: ServiceCall<
  PeopleContext,
  { personId: string; username: string; password: string; roles: Role[]; organisationId?: string | null }
>): Promise<AccountRow> {
  await requireOrganisation({ ctx, id: input.organisationId });
  const passwordHash = await hashPassword(input.password);
  const now = ctx.clock.now();
  const taken = () =>
    conflict(
      `The username "${input.username}" is taken: choose another.`,
      { field: 'input.username' },
      { reason: 'DUPLICATE' },
    );
  return auditedTransaction({ ctx, action: 'createAccount', entityType: 'Account' }, async (tx) => {
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
      ...created(now),
    });
    return { result: account, entityId: account.id, data: { username: account.username, roles: account.roles } };
  }).catch((err: unknown) => {
    if (isUniqueViolation(err)) throw taken();
    throw err;
  });
}

/** One administrative change to an account: the new values, and what the audit event says of them. */
interface AccountChange {
  ctx: PeopleContext;
  accountId: string;
  action: string;
  values: Partial<AccountRow>;
  data?: Record<string, unknown>;
}

/** Applies one administrative change to a locked account row, with its audit event, in one transaction. */
function changeAccount({ ctx, accountId, action, values, data = {} }: AccountChange): Promise<AccountRow> {
  const now = ctx.clock.now();
  return auditedTransaction({ ctx, action, entityType: 'Account' }, async (tx) => {
    const repo = createAccountsRepository(tx);
    const row = await repo.lockAccount(accountId);
    if (!row) throw notFound('Account', accountId, 'input.accountId');
    const updated = await repo.updateAccount(row.id, { ...values, updatedAt: now });
    // Never the password or its hash: the audit trail records that it changed, not what to.
    return { result: updated, entityId: row.id, data };
  });
}

export async function changePassword({
  ctx,
  input,
}: ServiceCall<PeopleContext, { currentPassword: string; newPassword: string }>): Promise<AccountRow> {
  const viewer = requireViewer(ctx.viewer);
  const [account] = await createPeopleRepository(ctx.db).accountsByIds([viewer.accountId]);
  if (!account) throw notFound('Account', viewer.accountId);
  if (!(await verifyPassword(account.passwordHash, input.currentPassword)))
    throw badInput('input.currentPassword', 'The current password is wrong.', { reason: 'WRONG_PASSWORD' });
  if (input.currentPassword === input.newPassword)
    throw badInput('input.newPassword', 'The new password must differ from the current one.', {
      reason: 'SAME_AS',
      params: { other: 'currentPassword' },
    });
  const passwordHash = await hashPassword(input.newPassword);
  return changeAccount({ ctx, accountId: account.id, action: 'changePassword', values: { passwordHash } });
}

export async function resetPassword({
  ctx,
  input,
}: ServiceCall<PeopleContext, { accountId: string; newPassword: string }>): Promise<AccountRow> {
  const passwordHash = await hashPassword(input.newPassword);
  const values = { passwordHash, failedLogins: 0, lockedUntil: null };
  return changeAccount({ ctx, accountId: input.accountId, action: 'resetPassword', values });
}

export function lockAccount({
  ctx,
  input,
}: ServiceCall<PeopleContext, { accountId: string; until: Date }>): Promise<AccountRow> {
  if (input.until <= ctx.clock.now())
    throw badInput('input.until', 'The lock must end in the future.', { reason: 'IN_PAST' });
  const data = { until: input.until.toISOString() };
  return changeAccount({
    ctx,
    accountId: input.accountId,
    action: 'lockAccount',
    values: { lockedUntil: input.until },
    data,
  });
}

export function unlockAccount({ ctx, input }: ServiceCall<PeopleContext, { accountId: string }>): Promise<AccountRow> {
  const values = { lockedUntil: null, failedLogins: 0 };
  return changeAccount({ ctx, accountId: input.accountId, action: 'unlockAccount', values });
}

export function setAccountDisabled({
  ctx,
  input,
}: ServiceCall<PeopleContext, { accountId: string; disabled: boolean }>): Promise<AccountRow> {
  if (input.accountId === ctx.viewer?.accountId && input.disabled)
    throw badInput('input.accountId', 'An administrator cannot disable their own account.', { reason: 'OWN_ACCOUNT' });
  const { accountId, disabled } = input;
  return changeAccount({ ctx, accountId, action: 'setAccountDisabled', values: { disabled }, data: { disabled } });
}
