import { badInput } from '@onedoor/subgraph-kit';
import { DAY_MS } from '@onedoor/db';
import type { Resolvers } from '../generated/resolvers';

const MAX_FIRST = 50;

function first(value: number | null | undefined): number {
  const n = value ?? 10;
  if (!Number.isInteger(n) || n < 0 || n > MAX_FIRST)
    throw badInput('first', `first must be between 0 and ${MAX_FIRST}; got ${n}.`, {
      reason: 'OUT_OF_RANGE',
      params: { min: 0, max: MAX_FIRST },
    });
  return n;
}

/** Fields the cases subgraph adds to other subgraphs' entities; each batched per request. */
export const referenceResolvers: Resolvers = {
  Person: {
    __resolveReference: (ref) => ref,
    cases: (p, args, ctx) => ctx.loaders.casesOfPerson.load(`${p.id}|${first(args.first)}`),
  },
  Organisation: {
    __resolveReference: (ref) => ref,
    openCases: (o, args, ctx) => ctx.loaders.openCasesOfOrganisation.load(`${o.id}|${first(args.first)}`),
  },
  Mediator: {
    __resolveReference: (ref) => ref,
    activeCases: (m, args, ctx) => ctx.loaders.activeCasesOfMediator.load(`${m.id}|${first(args.first)}`),
    workload: (m, _, ctx) => ctx.loaders.workloadOfMediator.load(m.id),
  },
  GridUnit: {
    __resolveReference: (ref) => ref,
    caseStats(g, args, ctx) {
      const to = args.to ?? ctx.clock.now();
      const from = args.from ?? new Date(to.getTime() - 30 * DAY_MS);
      return ctx.loaders.caseStatsOfGridUnit.load(`${g.id}|${from.toISOString()}|${to.toISOString()}`);
    },
  },
};
