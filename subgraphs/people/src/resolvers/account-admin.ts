import { defineMutation, requireRole } from '@onedoor/subgraph-kit';
import type { Resolvers } from '../generated/resolvers';
import { ACCOUNT_ADMINS, ACCOUNT_READERS, ANY_ACCOUNT } from '../roles';
import * as accounts from '../services/accounts-admin';
import * as inputs from './inputs';

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
      roles: ACCOUNT_ADMINS,
      input: inputs.createAccount,
      run: accounts.createAccount,
    }),
    changePassword: defineMutation({
      roles: ANY_ACCOUNT,
      input: inputs.changePassword,
      run: accounts.changePassword,
    }),
    resetPassword: defineMutation({
      roles: ACCOUNT_ADMINS,
      input: inputs.resetPassword,
      run: accounts.resetPassword,
    }),
    lockAccount: defineMutation({
      roles: ACCOUNT_ADMINS,
      input: inputs.lockAccount,
      run: accounts.lockAccount,
    }),
    unlockAccount: defineMutation({
      roles: ACCOUNT_ADMINS,
      input: inputs.unlockAccount,
      args: true,
      run: accounts.unlockAccount,
    }),
    setAccountDisabled: defineMutation({
      roles: ACCOUNT_ADMINS,
      input: inputs.setAccountDisabled,
      run: accounts.setAccountDisabled,
    }),
  },
};
