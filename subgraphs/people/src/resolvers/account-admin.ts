import { ROLES, type Role } from '@onedoor/db';
import { parseInput, requireRole, requireViewer, text, uuid } from '@onedoor/subgraph-kit';
import { z } from 'zod';
import type { PeopleContext } from '../context';
import {
  changePassword,
  createAccount,
  lockAccount,
  resetPassword,
  setAccountDisabled,
  unlockAccount,
} from '../services/accounts-admin';

const ADMINS: readonly Role[] = ['ADMIN'];
const READERS: readonly Role[] = ['ADMIN', 'AUDITOR'];
const password = z.string().min(10, 'must be at least 10 characters').max(1024, 'must be at most 1024 characters');

const createSchema = z.object({
  personId: uuid(),
  username: z.string().regex(/^[A-Za-z0-9._-]{3,50}$/, 'must be 3 to 50 letters, digits, dots, dashes or underscores'),
  password,
  roles: z.array(z.enum(ROLES)).min(1, 'needs at least one role'),
  organisationId: uuid().nullish(),
});
const changeSchema = z.object({ currentPassword: text(1024), newPassword: password });
const resetSchema = z.object({ accountId: uuid(), newPassword: password });
const lockSchema = z.object({ accountId: uuid(), until: z.date() });
const disableSchema = z.object({ accountId: uuid(), disabled: z.boolean() });

type Args = { input: unknown };

export const accountAdminResolvers = {
  Query: {
    account: (_: unknown, args: { id: string }, ctx: PeopleContext) => {
      requireRole(ctx.viewer, READERS, 'account');
      return ctx.loaders.account.load(args.id);
    },
  },
  Mutation: {
    createAccount: (_: unknown, args: Args, ctx: PeopleContext) => {
      requireRole(ctx.viewer, ADMINS, 'createAccount');
      return createAccount(ctx, parseInput(createSchema, args.input));
    },
    changePassword: (_: unknown, args: Args, ctx: PeopleContext) => {
      requireViewer(ctx.viewer);
      return changePassword(ctx, parseInput(changeSchema, args.input));
    },
    resetPassword: (_: unknown, args: Args, ctx: PeopleContext) => {
      requireRole(ctx.viewer, ADMINS, 'resetPassword');
      return resetPassword(ctx, parseInput(resetSchema, args.input));
    },
    lockAccount: (_: unknown, args: Args, ctx: PeopleContext) => {
      requireRole(ctx.viewer, ADMINS, 'lockAccount');
      return lockAccount(ctx, parseInput(lockSchema, args.input));
    },
    unlockAccount: (_: unknown, args: { accountId: string }, ctx: PeopleContext) => {
      requireRole(ctx.viewer, ADMINS, 'unlockAccount');
      return unlockAccount(ctx, parseInput(uuid(), args.accountId, 'accountId'));
    },
    setAccountDisabled: (_: unknown, args: Args, ctx: PeopleContext) => {
      requireRole(ctx.viewer, ADMINS, 'setAccountDisabled');
      return setAccountDisabled(ctx, parseInput(disableSchema, args.input));
    },
  },
};
