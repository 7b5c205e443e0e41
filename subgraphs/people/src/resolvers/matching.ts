import { POOLS, type PoolMembershipRow, type Role } from '@onedoor/db';
import { optionalText, parseInput, requireRole, text, uuid } from '@onedoor/subgraph-kit';
import { z } from 'zod';
import type { PeopleContext } from '../context';
import { coverageGaps, poolStats } from '../services/stats';
import { suggestMediators } from '../services/suggest';

const MATCHERS: readonly Role[] = ['ADMIN', 'CENTRE_STAFF', 'LEADER'];
const ANALYSTS: readonly Role[] = ['ADMIN', 'CENTRE_STAFF', 'LEADER', 'AUDITOR'];

const suggestSchema = z.object({
  caseId: uuid().nullish(),
  specialty: optionalText(50),
  gridUnitId: uuid().nullish(),
  date: z.string().nullish(),
  pool: z.enum(POOLS).nullish(),
});
const gapsSchema = z.object({
  specialty: text(50),
  pool: z.enum(POOLS).nullish(),
  level: z.enum(['TOWNSHIP', 'WORK_AREA', 'VILLAGE', 'GRID']).nullish(),
  withinId: uuid().nullish(),
});

export const matchingResolvers = {
  Query: {
    suggestMediators: (_: unknown, args: { input: unknown; first?: number | null }, ctx: PeopleContext) => {
      requireRole(ctx.viewer, MATCHERS, 'suggestMediators');
      return suggestMediators(ctx, parseInput(suggestSchema, args.input), args.first ?? 10);
    },
    poolStats: (_: unknown, args: { pool: (typeof POOLS)[number] }, ctx: PeopleContext) => {
      requireRole(ctx.viewer, ANALYSTS, 'poolStats');
      return poolStats(ctx, args.pool);
    },
    coverageGaps: (_: unknown, args: { input: unknown }, ctx: PeopleContext) => {
      requireRole(ctx.viewer, ANALYSTS, 'coverageGaps');
      return coverageGaps(ctx, parseInput(gapsSchema, args.input));
    },
  },
  MediatorSuggestion: {
    mediator: (s: { candidate: PoolMembershipRow }) => s.candidate,
  },
};
