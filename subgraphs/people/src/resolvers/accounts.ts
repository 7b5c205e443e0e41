import type { AccountRow } from '@onedoor/db';
import { parseInput, requireViewer, text } from '@onedoor/subgraph-kit';
import { z } from 'zod';
import type { PeopleContext } from '../context';
import { login } from '../services/login';

const loginSchema = z.object({
  username: text(100),
  password: z.string().min(1, 'must not be empty').max(1024, 'must be at most 1024 characters'),
});

export const accountResolvers = {
  Query: {
    me: (_: unknown, _args: unknown, ctx: PeopleContext) =>
      ctx.loaders.account.load(requireViewer(ctx.viewer).accountId),
  },
  Mutation: {
    login: (_: unknown, args: { input: unknown }, ctx: PeopleContext) =>
      login(ctx, parseInput(loginSchema, args.input)),
  },
  Account: {
    __resolveReference: (ref: { id: string }, ctx: PeopleContext) => ctx.loaders.account.load(ref.id),
    person: (account: AccountRow, _: unknown, ctx: PeopleContext) => ctx.loaders.person.load(account.personId),
    organisation: (account: AccountRow) =>
      account.organisationId ? { __typename: 'Organisation', id: account.organisationId } : null,
  },
};
