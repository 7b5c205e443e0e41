import { type PersonRow, type Role, VULNERABILITIES } from '@onedoor/db';
import { optionalText, type PageArgs, parseInput, requireRole, uuid } from '@onedoor/subgraph-kit';
import { z } from 'zod';
import type { PeopleContext } from '../context';
import { showIdentifier } from '../services/disclosure';
import { listPersons, type PersonOrder } from '../services/lists';
import { findDuplicates, mergePersons } from '../services/merge-persons';
import { registerPerson } from '../services/register-person';

/** Everyone but partner agencies, who see persons only through the cases routed to them. */
const PERSON_READERS: readonly Role[] = [
  'ADMIN',
  'CENTRE_STAFF',
  'LEADER',
  'HANDLER',
  'MEDIATOR',
  'FUND_OFFICER',
  'FUND_APPROVER',
  'AUDITOR',
];
const PERSON_REGISTRARS: readonly Role[] = ['ADMIN', 'CENTRE_STAFF', 'HANDLER'];
const PERSON_MERGERS: readonly Role[] = ['ADMIN', 'CENTRE_STAFF'];
const mergeSchema = z.object({ survivorId: uuid(), duplicateId: uuid() });

const filterSchema = z
  .object({
    search: optionalText(100),
    vulnerability: z.enum(VULNERABILITIES).nullish(),
    nationalId: optionalText(18),
    phone: optionalText(20),
  })
  .nullish();

export const personResolvers = {
  Query: {
    person: (_: unknown, args: { id: string }, ctx: PeopleContext) => {
      requireRole(ctx.viewer, PERSON_READERS, 'person');
      return ctx.loaders.resolvedPerson.load(args.id);
    },
    persons: (_: unknown, args: PageArgs & { filter?: unknown; orderBy?: PersonOrder | null }, ctx: PeopleContext) => {
      requireRole(ctx.viewer, PERSON_READERS, 'persons');
      return listPersons(ctx, { ...args, filter: parseInput(filterSchema, args.filter, 'filter') });
    },
    duplicatePersons: async (_: unknown, args: { first?: number | null }, ctx: PeopleContext) => {
      requireRole(ctx.viewer, PERSON_MERGERS, 'duplicatePersons');
      const groups = await findDuplicates(ctx, args.first ?? 20);
      return groups.map((g) => ({ reason: g.reason, persons: ctx.loaders.person.loadMany(g.personIds) }));
    },
  },
  Mutation: {
    registerPerson: (_: unknown, args: { input: unknown }, ctx: PeopleContext) => {
      requireRole(ctx.viewer, PERSON_REGISTRARS, 'registerPerson');
      return registerPerson(ctx, args.input);
    },
    mergePersons: (_: unknown, args: { input: unknown }, ctx: PeopleContext) => {
      requireRole(ctx.viewer, PERSON_MERGERS, 'mergePersons');
      return mergePersons(ctx, parseInput(mergeSchema, args.input));
    },
  },
  Person: {
    /** A merged duplicate's id resolves to the surviving person, so references in other subgraphs keep working. */
    __resolveReference: (ref: { id: string }, ctx: PeopleContext) => ctx.loaders.resolvedPerson.load(ref.id),
    currentId: (person: PersonRow) => person.id,
    mergedFrom: (person: PersonRow, _: unknown, ctx: PeopleContext) => ctx.loaders.mergedFrom.load(person.id),
    nationalId: (person: PersonRow, _: unknown, ctx: PeopleContext) => showIdentifier(ctx, person, 'nationalId'),
    phone: (person: PersonRow, _: unknown, ctx: PeopleContext) => showIdentifier(ctx, person, 'phone'),
    poolMemberships: (person: PersonRow, _: unknown, ctx: PeopleContext) =>
      ctx.loaders.membershipsByPerson.load(person.id),
  },
};
