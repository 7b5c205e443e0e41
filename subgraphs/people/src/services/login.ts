import { randomUUID } from 'node:crypto';
import { type AccountRow, createPeopleRepository, hashPassword, verifyPassword } from '@onedoor/db';
import { recordAudit, signToken, unauthenticated, type Viewer } from '@onedoor/subgraph-kit';
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
export async function login(ctx: PeopleContext, input: { username: string; password: string }): Promise<LoginResult> {
  const now = ctx.clock.now();
  const account = await createPeopleRepository(ctx.db).accountByUsername(input.username);
  if (!account) {
    await verifyPassword(await (decoyHash ??= hashPassword(randomUUID())), input.password);
    await auditFailure(ctx, null, input.username, 'unknown-username');
    throw unauthenticated(WRONG_CREDENTIALS);
  }
  if (account.lockedUntil && account.lockedUntil > now) {
    await auditFailure(ctx, account.id, input.username, 'locked');
    throw lockedError(account.lockedUntil);
  }
  if (!(await verifyPassword(account.passwordHash, input.password))) {
    const lockUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
    const updated = await ctx.db.transaction(async (tx) => {
      const row = await createPeopleRepository(tx).recordLoginFailure(account.id, {
        maxFailures: MAX_FAILED_LOGINS,
        lockUntil,
        now,
      });
      await recordAudit(
        tx,
        ctx,
        failureEvent(account.id, input.username, 'wrong-password', {
          lockedUntil: row.lockedUntil?.toISOString() ?? null,
        }),
      );
      return row;
    });
    if (updated.lockedUntil && updated.lockedUntil > now) throw lockedError(updated.lockedUntil);
    throw unauthenticated(WRONG_CREDENTIALS);
  }
  if (account.disabled) {
    await auditFailure(ctx, account.id, input.username, 'disabled');
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

function failureEvent(
  accountId: string | null,
  username: string,
  reason: Failure,
  extra: Record<string, unknown> = {},
) {
  return {
    subgraph: 'people' as const,
    action: 'login.failed',
    entityType: 'Account',
    entityId: accountId,
    data: { username, reason, ...extra },
  };
}

function auditFailure(ctx: PeopleContext, accountId: string | null, username: string, reason: Failure): Promise<void> {
  return ctx.db.transaction((tx) => recordAudit(tx, ctx, failureEvent(accountId, username, reason)));
}

/** Staff read times in Beijing time; the exact instant travels in `extensions.lockedUntil`. */
function lockedError(until: Date): GraphQLError {
  const local = until.toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai', hour12: false }).slice(0, 16);
  return new GraphQLError(
    `This account is locked after ${MAX_FAILED_LOGINS} failed sign-ins until ${local} (Beijing time). Try again then, or ask an administrator.`,
    { extensions: { code: 'UNAUTHENTICATED', lockedUntil: until.toISOString() } },
  );
}
