import { defineMutation, parseInput, requireRole } from '@onedoor/subgraph-kit';
import type { Resolvers } from '../generated/resolvers';
import { PERSON_MERGERS, PERSON_READERS, PERSON_REGISTRARS } from '../roles';
import { showIdentifier } from '../services/disclosure';
import { listPersons } from '../services/lists';
import { personIdsMatching } from '../services/person-search';
import { findDuplicates, mergePersons } from '../services/merge-persons';
import { registerPerson } from '../services/register-person';
import * as inputs from './inputs';

/** Persons: registering, finding, merging duplicates; identifiers shown masked or logged. */
export const personsResolvers: Resolvers = {
  Query: {
    person: (_, { id }, ctx) => {
      requireRole(ctx.viewer, PERSON_READERS, 'person');
      return ctx.loaders.resolvedPerson.load(id);
    },
    persons: (_, args, ctx) => {
      requireRole(ctx.viewer, PERSON_READERS, 'persons');
      return listPersons({ ctx, args: { ...args, filter: parseInput(inputs.personFilter, args.filter, 'filter') } });
    },
    personIdsMatching: (_, args, ctx) => {
      requireRole(ctx.viewer, PERSON_READERS, 'personIdsMatching');
      return personIdsMatching({ ctx, search: parseInput(inputs.personIdsMatching, args, '').search ?? '' });
    },
    duplicatePersons: (_, { first }, ctx) => {
      requireRole(ctx.viewer, PERSON_MERGERS, 'duplicatePersons');
      return findDuplicates({ ctx, first: first ?? 20 });
    },
  },
  Mutation: {
    registerPerson: defineMutation({
      roles: PERSON_REGISTRARS,
      input: inputs.registerPerson,
      run: registerPerson,
    }),
    mergePersons: defineMutation({
      roles: PERSON_MERGERS,
      input: inputs.mergePersons,
      run: mergePersons,
    }),
  },
  Person: {
    /** A merged duplicate's id resolves to the surviving person, so references in other subgraphs keep working. */
    __resolveReference: (ref, ctx) => ctx.loaders.resolvedPerson.load(ref.id),
    currentId: (person) => person.id,
    mergedFrom: (person, _, ctx) => ctx.loaders.mergedFrom.load(person.id),
    nationalId: (person, _, ctx) => showIdentifier({ ctx, person, field: 'nationalId' }),
    phone: (person, _, ctx) => showIdentifier({ ctx, person, field: 'phone' }),
    poolMemberships: (person, _, ctx) => ctx.loaders.membershipsByPerson.load(person.id),
  },
  DuplicateGroup: {
    persons: async (group, _, ctx) =>
      (await Promise.all(group.personIds.map((id) => ctx.loaders.person.load(id)))).filter((p) => p !== null),
  },
};
