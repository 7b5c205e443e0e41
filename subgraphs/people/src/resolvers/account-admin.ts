import { defineMutation, requireRole } from '@onedoor/subgraph-kit';
import type { Resolvers } from '../generated/resolvers';
import { ACCOUNT_ADMINS, ACCOUNT_READERS, ANY_ACCOUNT } from '../roles';
import {
  changePassword,
  createAccount,
  lockAccount,
  resetPassword,
  setAccountDisabled,
  unlockAccount,
} from '../services/accounts-admin';
import {
  changePasswordInput,
  createAccountInput,
  lockAccountInput,
  resetPasswordInput,
  setAccountDisabledInput,
  unlockAccountArgs,
} from './inputs';

/** Administering staff accounts: opening, passwords, locks, disabling. */
export const accountAdminResolvers: Resolvers = {
  Query: {
    account: (_, { id }, ctx) => {
      requireRole(ctx.viewer, ACCOUNT_READERS, 'account');
      return ctx.loaders.account.load(id);
    },
  },
  Mutation: {
    createAccount: defineMutation({
      name: 'createAccount',
      roles: ACCOUNT_ADMINS,
      input: createAccountInput,
      run: createAccount,
    }),
    changePassword: defineMutation({
      name: 'changePassword',
      roles: ANY_ACCOUNT,
      input: changePasswordInput,
      run: changePassword,
    }),
    resetPassword: defineMutation({
      name: 'resetPassword',
      roles: ACCOUNT_ADMINS,
      input: resetPasswordInput,
      run: resetPassword,
    }),
    lockAccount: defineMutation({
      name: 'lockAccount',
      roles: ACCOUNT_ADMINS,
      input: lockAccountInput,
      run: lockAccount,
    }),
    unlockAccount: defineMutation({
      name: 'unlockAccount',
      roles: ACCOUNT_ADMINS,
      input: unlockAccountArgs,
      args: true,
      run: unlockAccount,
    }),
    setAccountDisabled: defineMutation({
      name: 'setAccountDisabled',
      roles: ACCOUNT_ADMINS,
      input: setAccountDisabledInput,
      run: setAccountDisabled,
    }),
  },
};
