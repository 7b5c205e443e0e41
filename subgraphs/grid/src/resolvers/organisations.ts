import { mask, ORGANISATION_KINDS, ROUTING_CHANNELS, type OrganisationRow } from '@onedoor/db';
import {
  type Context,
  hasRole,
  optionalText,
  type PageArgs,
  parseInput,
  requireRole,
  text,
  uuid,
} from '@onedoor/subgraph-kit';
import { z } from 'zod';
import type { GridLoaders } from '../loaders';
import { createOrganisation, listOrganisations, setOrganisationProfile } from '../services/organisations';
import { code, optionalId, order, searchText } from './validation';

type Ctx = Context<GridLoaders>;

const createOrganisationInput = z.object({
  code: code(),
  name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  kind: z.enum(ORGANISATION_KINDS),
  parentId: optionalId(),
  gridUnitId: optionalId(),
  phone: optionalText(40),
  address: optionalText(200),
});

const organisationFilter = z
  .object({
    kind: z.enum(ORGANISATION_KINDS).nullish(),
    parentId: optionalId(),
    gridUnitId: optionalId(),
    search: searchText(),
  })
  .nullish()
  .transform((f) => f ?? {});

const setOrganisationProfileInput = z.object({
  organisationId: uuid(),
  channels: z
    .array(z.enum(ROUTING_CHANNELS))
    .max(ROUTING_CHANNELS.length)
    .transform((c) => [...new Set(c)]),
  contacts: z
    .array(
      z.object({
        name: text(50),
        title: optionalText(50).transform((v) => v || null),
        phone: optionalText(40).transform((v) => v || null),
      }),
    )
    .max(20, 'at most 20 contacts'),
});

/** Contact phones are personal: only the centre's own roles see them whole. */
const SEES_CONTACT_PHONES = ['ADMIN', 'CENTRE_STAFF', 'LEADER'] as const;

export const organisationResolvers = {
  Query: {
    organisation: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.organisationById.load(args.id),
    organisations: (_: unknown, args: PageArgs & { filter?: unknown; orderBy?: unknown }, ctx: Ctx) =>
      listOrganisations({
        args: {
          ...args,
          filter: parseInput(organisationFilter, args.filter, 'filter'),
          orderBy: parseInput(order, args.orderBy, 'orderBy'),
        },
        ctx,
      }),
  },
  Mutation: {
    createOrganisation: (_: unknown, args: { input: unknown }, ctx: Ctx) => {
      requireRole(ctx.viewer, ['ADMIN'], 'createOrganisation');
      return createOrganisation({ input: parseInput(createOrganisationInput, args.input), ctx });
    },
    setOrganisationProfile: (_: unknown, args: { input: unknown }, ctx: Ctx) => {
      requireRole(ctx.viewer, ['ADMIN'], 'setOrganisationProfile');
      return setOrganisationProfile({ input: parseInput(setOrganisationProfileInput, args.input), ctx });
    },
  },
  Organisation: {
    // Public (see index.ts): other subgraphs and the citizens' tracking page name the responsible unit.
    __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.organisationById.load(ref.id),
    parent: (org: OrganisationRow, _: unknown, ctx: Ctx) =>
      org.parentId ? ctx.loaders.organisationById.load(org.parentId) : null,
    gridUnit: (org: OrganisationRow, _: unknown, ctx: Ctx) =>
      org.gridUnitId ? ctx.loaders.gridUnitById.load(org.gridUnitId) : null,
    channels: async (org: OrganisationRow, _: unknown, ctx: Ctx) =>
      (await ctx.loaders.organisationProfile.load(org.id))?.channels ?? [],
    contacts: async (org: OrganisationRow, _: unknown, ctx: Ctx) => {
      const contacts = (await ctx.loaders.organisationProfile.load(org.id))?.contacts ?? [];
      if (hasRole(ctx.viewer, SEES_CONTACT_PHONES)) return contacts;
      return contacts.map((c) => ({ ...c, phone: c.phone ? mask(c.phone, 3, 4) : null }));
    },
  },
};
