import { CHANNELS, LEGAL_CHANNELS, normalisePhone } from '@onedoor/db';
import { type Context, optionalText, parseInput, requireRole, text, uuid } from '@onedoor/subgraph-kit';
import { z } from 'zod';
import type { CasesLoaders } from '../loaders';
import { WORKERS } from '../roles';
import { registerCase } from '../services/register-case';
import { transitionMutations } from './transitions';

const attachment = z.object({
  name: text(255),
  mediaType: z.string().regex(/^[\w.+-]+\/[\w.+-]+$/, 'must be a media type such as image/jpeg'),
  sizeBytes: z.number().int().min(0).max(2_000_000_000),
  checksum: z.string().regex(/^[0-9a-f]{64}$/i, 'must be a SHA-256 checksum, 64 hex digits'),
  storageKey: text(500),
});

const registerCaseInput = z.object({
  channel: z.enum(CHANNELS),
  categoryId: uuid(),
  title: text(200),
  description: text(10_000),
  petitionerIds: z
    .array(uuid())
    .min(1, 'name at least one petitioner')
    .max(500, 'at most 500 named petitioners')
    .refine((ids) => new Set(ids).size === ids.length, 'a petitioner is listed twice'),
  headCount: z.number().int().min(1, 'must be at least 1').max(100_000).nullish(),
  gridUnitId: uuid(),
  contactPhone: z
    .string()
    .transform(
      (v, ctx) =>
        normalisePhone(v) ??
        (ctx.addIssue('must be a mainland mobile (11 digits) or a landline such as 0539-1234567'), z.NEVER),
    ),
  receivedAt: z.date().nullish(),
  externalOrderNumber: optionalText(64),
  assigningBody: optionalText(200),
  assigningDeadlineAt: z.date().nullish(),
  proxyAgentId: uuid().nullish(),
  representativeIds: z.array(uuid()).nullish(),
  attachments: z.array(attachment).max(50, 'at most 50 attachments').nullish(),
  lawRelated: z.boolean().nullish(),
  legalChannel: z.enum(LEGAL_CHANNELS).nullish(),
  crossLevel: z.boolean().nullish(),
});

export const Mutation = {
  registerCase(_: unknown, args: { input: unknown }, ctx: Context<CasesLoaders>) {
    requireRole(
      ctx.viewer,
      WORKERS.filter((r) => r !== 'LEADER'),
      'registerCase',
    );
    return registerCase(ctx, parseInput(registerCaseInput, args.input));
  },
  ...transitionMutations,
};
