import { randomUUID } from 'node:crypto';
import { BEIJING_OFFSET_MS, MINUTE_MS } from '@onedoor/db';
import { type AccountRow, createPeopleRepository, hashPassword, verifyPassword } from '@onedoor/db/people';
import { recordAudit, type ServiceCall, signToken, unauthenticated, type Viewer } from '@onedoor/subgraph-kit';
import { GraphQLError } from 'graphql';
import { decodeJwt } from 'jose';
import type { PeopleContext } from '../context';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
const WRONG_CREDENTIALS = 'Wrong username or password.';

/**
 * A hash of a random password, verified against when the username is unknown, so an unknown
 * username takes as long to refuse as a wrong password and timing does not reveal who has an account.
 */
let decoyHash: Promise<string> | undefined;

export interface LoginResult {
  token: string;
  expiresAt: Date;
  account: AccountRow;
}

type Failure = 'unknown-username' | 'locked' | 'wrong-password' | 'disabled';

/** Signs in: checks lock, password and disabled flag, counts failures, and audits every attempt. */
export async function login({
  ctx,
  input,
}: ServiceCall<PeopleContext, { username: string; password: string }>): Promise<LoginResult> {
  const now = ctx.clock.now();
  const account = await createPeopleRepository(ctx.db).accountByUsername(input.username);
  if (!account) {
    await verifyPassword(await (decoyHash ??= hashPassword(randomUUID())), input.password);
    await auditFailure({ ctx, accountId: null, username: input.username, reason: 'unknown-username' });
    throw unauthenticated(WRONG_CREDENTIALS);
  }
  if (account.lockedUntil && account.lockedUntil > now) {
    await auditFailure({ ctx, accountId: account.id, username: input.username, reason: 'locked' });
    throw lockedError(account.lockedUntil);
  }
  if (!(await verifyPassword(account.passwordHash, input.password))) {
    const updated = await countWrongPassword({ ctx, account, now });
    if (updated.lockedUntil && updated.lockedUntil > now) throw lockedError(updated.lockedUntil);
    throw unauthenticated(WRONG_CREDENTIALS);
  }
  if (account.disabled) {
    await auditFailure({ ctx, accountId: account.id, username: input.username, reason: 'disabled' });
    throw unauthenticated('This account is disabled: ask an administrator to enable it.');
  }
  const viewer: Viewer = {
    accountId: account.id,
    personId: account.personId,
    username: account.username,
    roles: account.roles,
    organisationId: account.organisationId,
  };
  const signedIn = await ctx.db.transaction(async (tx) => {
    const row = await createPeopleRepository(tx).recordLoginSuccess(account.id, now);
    await recordAudit(
      tx,
      { ...ctx, viewer },
      { subgraph: 'people', action: 'login', entityType: 'Account', entityId: account.id },
    );
    return row;
  });
  const token = await signToken(viewer, ctx.config.jwtSecret, ctx.config.tokenTtl);
  return { token, expiresAt: new Date((decodeJwt(token).exp ?? 0) * 1000), account: signedIn };
}

/** Counts a wrong password (locking the account at the limit) with its audit event, in one transaction. */
function countWrongPassword({ ctx, account, now }: { ctx: PeopleContext; account: AccountRow; now: Date }) {
  const lockUntil = new Date(now.getTime() + LOCK_MINUTES * MINUTE_MS);
  return ctx.db.transaction(async (tx) => {
    const options = { maxFailures: MAX_FAILED_LOGINS, lockUntil, now };
    const row = await createPeopleRepository(tx).recordLoginFailure(account.id, options);
    const lockedUntil = row.lockedUntil?.toISOString() ?? null;
    const failure = { accountId: account.id, username: account.username, reason: 'wrong-password' as const };
    await recordAudit(tx, ctx, failureEvent({ ...failure, extra: { lockedUntil } }));
    return row;
  });
}

interface LoginFailure {
  accountId: string | null;
  username: string;
  reason: Failure;
}

function failureEvent({ accountId, username, reason, extra = {} }: LoginFailure & { extra?: Record<string, unknown> }) {
  return {
    subgraph: 'people' as const,
    action: 'login.failed',
    entityType: 'Account',
    entityId: accountId,
    data: { username, reason, ...extra },
  };
}

function auditFailure({ ctx, ...failure }: LoginFailure & { ctx: PeopleContext }): Promise<void> {
  return ctx.db.transaction((tx) => recordAudit(tx, ctx, failureEvent(failure)));
}

/** Staff read times in Beijing time; the exact instant travels in `extensions.lockedUntil`. */
function lockedError(until: Date): GraphQLError {
  const local = new Date(until.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
  return new GraphQLError(
    `This account is locked after ${MAX_FAILED_LOGINS} failed sign-ins until ${local} (Beijing time). Try again then, or ask an administrator.`,
    { extensions: { code: 'UNAUTHENTICATED', lockedUntil: until.toISOString() } },
  );
}
