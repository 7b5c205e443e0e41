import { parseInput, requireRole } from '@onedoor/subgraph-kit';
import type { Resolvers } from '../generated/resolvers';
import { MATCHERS, POOL_ANALYSTS } from '../roles';
import { coverageGaps, poolStats } from '../services/stats';
import { suggestMediators } from '../services/suggest';
import * as inputs from './inputs';

/** Matching mediators to a case, and the pools' figures: sizes and coverage gaps. */
export const matchingResolvers: Resolvers = {
  Query: {
    suggestMediators: (_, args, ctx) => {
      requireRole(ctx.viewer, MATCHERS, 'suggestMediators');
      return suggestMediators({ ctx, input: parseInput(inputs.suggestMediators, args.input), first: args.first ?? 10 });
    },
    poolStats: (_, { pool }, ctx) => {
      requireRole(ctx.viewer, POOL_ANALYSTS, 'poolStats');
      return poolStats({ ctx, pool });
    },
    coverageGaps: (_, args, ctx) => {
      requireRole(ctx.viewer, POOL_ANALYSTS, 'coverageGaps');
      return coverageGaps({ ctx, input: parseInput(inputs.coverageGaps, args.input) });
    },
  },
  MediatorSuggestion: {
    mediator: (s) => s.candidate,
  },
};
