import { MEMBERSHIP_STATUSES, POOLS, type PoolMembershipRow } from '@onedoor/db';
import { optionalText, type PageArgs, parseInput, requireViewer, uuid } from '@onedoor/subgraph-kit';
import { z } from 'zod';
import type { PeopleContext } from '../context';
import { listMediators } from '../services/lists';

const filterSchema = z.object({
  pool: z.enum(POOLS).nullish(),
  specialty: optionalText(50),
  status: z.enum(MEMBERSHIP_STATUSES).nullish(),
  organisationId: uuid().nullish(),
  gridUnitId: uuid().nullish(),
}).nullish();

/** Pool members are listed for every signed-in role: matching a mediator is everyone's work. */
export const mediatorResolvers = {
  Query: {
    mediator: (_: unknown, args: { id: string }, ctx: PeopleContext) => {
      requireViewer(ctx.viewer);
      return ctx.loaders.mediator.load(args.id);
    },
    mediators: (_: unknown, args: PageArgs & { filter?: unknown }, ctx: PeopleContext) => {
      requireViewer(ctx.viewer);
      return listMediators(ctx, { ...args, filter: parseInput(filterSchema, args.filter, 'filter') });
    },
  },
  Mediator: {
    __resolveReference: (ref: { id: string }, ctx: PeopleContext) => ctx.loaders.mediator.load(ref.id),
    person: (m: PoolMembershipRow, _: unknown, ctx: PeopleContext) => ctx.loaders.person.load(m.personId),
    organisation: (m: PoolMembershipRow) => (m.organisationId ? { __typename: 'Organisation', id: m.organisationId } : null),
    gridUnits: (m: PoolMembershipRow) => m.gridUnitIds.map((id) => ({ __typename: 'GridUnit', id })),
  },
};
