import { badInput, type Context } from '@onedoor/subgraph-kit';
import type { CasesLoaders } from '../loaders';

type Ctx = Context<CasesLoaders>;
type Ref = { id: string };
const DAY_MS = 86_400_000;
const MAX_FIRST = 50;

function first(value: number | null | undefined): number {
  const n = value ?? 10;
  if (!Number.isInteger(n) || n < 0 || n > MAX_FIRST)
    throw badInput('first', `first must be between 0 and ${MAX_FIRST}; got ${n}.`);
  return n;
}

/** Fields the cases subgraph adds to other subgraphs' entities; each batched per request. */
export const Person = {
  __resolveReference: (ref: Ref) => ref,
  cases: (p: Ref, args: { first?: number | null }, ctx: Ctx) =>
    ctx.loaders.casesOfPerson.load(`${p.id}|${first(args.first)}`),
};

export const Organisation = {
  __resolveReference: (ref: Ref) => ref,
  openCases: (o: Ref, args: { first?: number | null }, ctx: Ctx) =>
    ctx.loaders.openCasesOfOrganisation.load(`${o.id}|${first(args.first)}`),
};

export const Mediator = {
  __resolveReference: (ref: Ref) => ref,
  activeCases: (m: Ref, args: { first?: number | null }, ctx: Ctx) =>
    ctx.loaders.activeCasesOfMediator.load(`${m.id}|${first(args.first)}`),
  workload: (m: Ref, _: unknown, ctx: Ctx) => ctx.loaders.workloadOfMediator.load(m.id),
};

export const GridUnit = {
  __resolveReference: (ref: Ref) => ref,
  caseStats(g: Ref, args: { from?: Date | null; to?: Date | null }, ctx: Ctx) {
    const to = args.to ?? ctx.clock.now();
    const from = args.from ?? new Date(to.getTime() - 30 * DAY_MS);
    return ctx.loaders.caseStatsOfGridUnit.load(`${g.id}|${from.toISOString()}|${to.toISOString()}`);
  },
};
