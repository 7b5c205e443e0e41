import { mask } from '@onedoor/db';
import { ORGANISATION_KINDS, ROUTING_CHANNELS } from '@onedoor/db/grid';
import { defineMutation, hasRole, optionalPhone, optionalText, personName, uuid } from '@onedoor/subgraph-kit';
import { z } from 'zod';
import type { Resolvers } from '../generated/resolvers';
import { ADMINS, CENTRE } from '../roles';
import { createOrganisation, listOrganisations, setOrganisationProfile } from '../services/organisations';
import { treeNode } from './tree-nodes';
import { aliases, code, listArgs, listFilter, name, optionalId, otherNames, shortName } from './validation';

const createInput = z.object({
  code: code(),
  name: name(),
  kind: z.enum(ORGANISATION_KINDS),
  parentId: optionalId(),
  gridUnitId: optionalId(),
  phone: optionalPhone(),
  address: optionalText(200),
  ...otherNames,
});
const organisationFilter = listFilter({ kind: z.enum(ORGANISATION_KINDS).nullish(), gridUnitId: optionalId() });
const profileInput = z.object({
  organisationId: uuid(),
  channels: z
    .array(z.enum(ROUTING_CHANNELS))
    .max(ROUTING_CHANNELS.length)
    .transform((c) => [...new Set(c)]),
  contacts: z
    .array(
      z.object({
        name: personName(50),
        title: optionalText(50).transform((v) => v || null),
        phone: optionalPhone(),
      }),
    )
    .max(20, 'at most 20 contacts'),
  // Left out, the names stay as they are.
  shortName: shortName().optional(),
  aliases: aliases().optional(),
});

/** Organisations (单位): whoever a case can be routed to, with its channels and contacts. */
export const organisationResolvers: Resolvers = {
  Query: {
    organisation: (_, args, ctx) => ctx.loaders.organisationById.load(args.id),
    organisations: (_, args, ctx) => listOrganisations({ args: listArgs(args, organisationFilter), ctx }),
  },
  Mutation: {
    createOrganisation: defineMutation({
      roles: ADMINS,
      input: createInput,
      run: createOrganisation,
    }),
    setOrganisationProfile: defineMutation({
      roles: ADMINS,
      input: profileInput,
      run: setOrganisationProfile,
    }),
  },
  Organisation: {
    // Public (see index.ts): other subgraphs and the citizens' tracking page name the responsible unit.
    ...treeNode((ctx) => ctx.loaders.organisationById),
    gridUnit: (org, _, ctx) => (org.gridUnitId ? ctx.loaders.gridUnitById.load(org.gridUnitId) : null),
    channels: async (org, _, ctx) => (await ctx.loaders.organisationProfile.load(org.id))?.channels ?? [],
    contacts: async (org, _, ctx) => {
      const contacts = (await ctx.loaders.organisationProfile.load(org.id))?.contacts ?? [];
      // Contact phones are personal: only the centre's own roles see them whole.
      if (hasRole(ctx.viewer, CENTRE)) return contacts;
      return contacts.map((c) => ({ ...c, phone: c.phone ? mask(c.phone, 3, 4) : null }));
    },
  },
};
