import { CHANNELS, normalisePhone } from '@onedoor/db';
import { type Context, parseInput, requireRole, text, uuid } from '@onedoor/subgraph-kit';
import { z } from 'zod';
import type { CasesLoaders } from '../loaders';
import { registerCase } from '../services/register-case';

const registerCaseInput = z.object({
  channel: z.enum(CHANNELS),
  categoryId: uuid(),
  title: text(200),
  description: text(10_000),
  petitionerIds: z.array(uuid()).min(1, 'name at least one petitioner').max(500, 'at most 500 named petitioners')
    .refine((ids) => new Set(ids).size === ids.length, 'a petitioner is listed twice'),
  headCount: z.number().int().min(1, 'must be at least 1').max(100_000).nullish(),
  gridUnitId: uuid(),
  contactPhone: z.string().transform((v, ctx) => normalisePhone(v) ?? (ctx.addIssue('must be a mainland mobile (11 digits) or a landline such as 0539-1234567'), z.NEVER)),
  receivedAt: z.date().nullish(),
});

export const Mutation = {
  registerCase(_: unknown, args: { input: unknown }, ctx: Context<CasesLoaders>) {
    requireRole(ctx.viewer, ['ADMIN', 'CENTRE_STAFF', 'HANDLER'], 'registerCase');
    return registerCase(ctx, parseInput(registerCaseInput, args.input));
  },
};
