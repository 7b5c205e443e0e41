import { parseInput, requireViewer } from '@onedoor/subgraph-kit';
import type { Resolvers } from '../generated/resolvers';
import { loadExisting } from '../loaders';
import { login } from '../services/login';
import * as inputs from './inputs';

/** Signing in and the signed-in account; the account as other subgraphs reference it. */
export const accountsResolvers: Resolvers = {
  Query: {
    me: (_, _args, ctx) => ctx.loaders.account.load(requireViewer(ctx.viewer).accountId),
  },
  Mutation: {
    /**
     * The one public mutation (no token yet, so no role to check: see `publicFields` in index.ts), hence not
     * `defineMutation`; its input is checked the same way.
     */
    login: (_, args, ctx) => login({ ctx, input: parseInput(inputs.login, args.input) }),
  },
  Account: {
    __resolveReference: (ref, ctx) => ctx.loaders.account.load(ref.id),
    person: (account, _, ctx) => loadExisting(ctx.loaders.person, account.personId),
    organisation: (account) =>
      account.organisationId ? { __typename: 'Organisation', id: account.organisationId } : null,
  },
};
