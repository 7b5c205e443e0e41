import { beijingDate } from '@onedoor/db';
import { parseInput, requireViewer } from '@onedoor/subgraph-kit';
import type { Resolvers } from '../generated/resolvers';
import { loadExisting } from '../loaders';
import { isAvailableOn } from '../services/availability';
import { listMediators } from '../services/lists';
import * as inputs from './inputs';

/** Pool members (a person's membership of one pool), listed for every signed-in role: matching is everyone's work. */
export const mediatorsResolvers: Resolvers = {
  Query: {
    mediator: (_, { id }, ctx) => {
      requireViewer(ctx.viewer);
      return ctx.loaders.mediator.load(id);
    },
    mediators: (_, args, ctx) => {
      requireViewer(ctx.viewer);
      return listMediators({
        ctx,
        args: { ...args, filter: parseInput(inputs.mediatorFilter, args.filter, 'filter') },
      });
    },
  },
  Mediator: {
    __resolveReference: (ref, ctx) => ctx.loaders.mediator.load(ref.id),
    person: (m, _, ctx) => loadExisting(ctx.loaders.resolvedPerson, m.personId),
    organisation: (m) => (m.organisationId ? { __typename: 'Organisation', id: m.organisationId } : null),
    gridUnits: (m) => m.gridUnitIds.map((id) => ({ __typename: 'GridUnit', id })),
    certifications: (m, _, ctx) => ctx.loaders.certifications.load(m.id),
    statusHistory: (m, _, ctx) => ctx.loaders.statusHistory.load(m.id),
    availabilityExceptions: (m, _, ctx) => ctx.loaders.availabilityExceptions.load(m.id),
    availableOn: async (m, { date }, ctx) =>
      isAvailableOn({ weekdays: m.weekdays, exceptions: await ctx.loaders.availabilityExceptions.load(m.id) }, date),
    performance: async (m, _, ctx) => {
      const [p] = await ctx.loaders.performance.load(m.id);
      if (!p)
        return { casesMediated: 0, casesResolved: 0, successRate: null, satisfaction: null, lastActivityAt: null };
      return { ...p, successRate: p.casesMediated ? p.casesResolved / p.casesMediated : null };
    },
  },
  Certification: {
    expired: (c, _, ctx) => !!c.expiresOn && c.expiresOn < beijingDate(ctx.clock.now()),
  },
  StatusChange: {
    from: (h) => h.fromStatus,
    to: (h) => h.toStatus,
    actor: (h, _, ctx) => (h.actorAccountId ? ctx.loaders.account.load(h.actorAccountId) : null),
  },
  AvailabilityException: {
    from: (e) => e.fromDate,
    to: (e) => e.toDate,
  },
};
