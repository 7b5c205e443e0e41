import {
  type CertificationRow,
  MEMBERSHIP_STATUSES,
  POOLS,
  type PoolMembershipRow,
  type StatusHistoryRow,
} from '@onedoor/db';
import { optionalText, type PageArgs, parseInput, requireViewer, uuid } from '@onedoor/subgraph-kit';
import { z } from 'zod';
import type { PeopleContext } from '../context';
import { isAvailableOn } from '../services/availability';
import { todayIn } from '../services/dates';
import { listMediators } from '../services/lists';

const filterSchema = z
  .object({
    pool: z.enum(POOLS).nullish(),
    specialty: optionalText(50),
    status: z.enum(MEMBERSHIP_STATUSES).nullish(),
    organisationId: uuid().nullish(),
    gridUnitId: uuid().nullish(),
    studio: optionalText(100),
    language: optionalText(50),
  })
  .nullish();

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
    person: (m: PoolMembershipRow, _: unknown, ctx: PeopleContext) => ctx.loaders.resolvedPerson.load(m.personId),
    organisation: (m: PoolMembershipRow) =>
      m.organisationId ? { __typename: 'Organisation', id: m.organisationId } : null,
    gridUnits: (m: PoolMembershipRow) => m.gridUnitIds.map((id) => ({ __typename: 'GridUnit', id })),
    certifications: (m: PoolMembershipRow, _: unknown, ctx: PeopleContext) => ctx.loaders.certifications.load(m.id),
    statusHistory: (m: PoolMembershipRow, _: unknown, ctx: PeopleContext) => ctx.loaders.statusHistory.load(m.id),
    availabilityExceptions: async (m: PoolMembershipRow, _: unknown, ctx: PeopleContext) =>
      (await ctx.loaders.availabilityExceptions.load(m.id)).map((e) => ({ ...e, from: e.fromDate, to: e.toDate })),
    availableOn: async (m: PoolMembershipRow, args: { date: string }, ctx: PeopleContext) =>
      isAvailableOn(
        { weekdays: m.weekdays, exceptions: await ctx.loaders.availabilityExceptions.load(m.id) },
        args.date,
      ),
    performance: async (m: PoolMembershipRow, _: unknown, ctx: PeopleContext) => {
      const [p] = await ctx.loaders.performance.load(m.id);
      if (!p)
        return { casesMediated: 0, casesResolved: 0, successRate: null, satisfaction: null, lastActivityAt: null };
      return { ...p, successRate: p.casesMediated ? p.casesResolved / p.casesMediated : null };
    },
  },
  Certification: {
    expired: (c: CertificationRow, _: unknown, ctx: PeopleContext) =>
      !!c.expiresOn && c.expiresOn < todayIn(ctx.clock.now()),
  },
  StatusChange: {
    from: (h: StatusHistoryRow) => h.fromStatus,
    to: (h: StatusHistoryRow) => h.toStatus,
    actor: (h: StatusHistoryRow, _: unknown, ctx: PeopleContext) =>
      h.actorAccountId ? ctx.loaders.account.load(h.actorAccountId) : null,
  },
};
