import type { Resolvers } from '../generated/resolvers';
import { forReaders } from './readers';

/**
 * Fields funds adds to other subgraphs' entities. The references resolve to their id alone; the
 * fields load through group loaders, so 50 cases cost one statement. A role that may not see
 * payments gets null and a FORBIDDEN error on the field, not on the whole case or person.
 */
export const referencesResolvers: Resolvers = {
  Case: {
    __resolveReference: (ref) => ({ id: ref.id }),
    disbursements: forReaders((ref, _, ctx) => ctx.loaders.disbursementsByCase.load(ref.id)),
    reliefApplications: forReaders((ref, _, ctx) => ctx.loaders.applicationsByCase.load(ref.id)),
  },
  Person: {
    __resolveReference: (ref) => ({ id: ref.id }),
    reliefReceived: forReaders(async (ref, _, ctx) => {
      const disbursements = await ctx.loaders.disbursementsByPerson.load(ref.id);
      const standing = disbursements.filter((d) => !d.reversalEntryId);
      return {
        total: standing.reduce((sum, d) => sum + d.amountFen, 0n),
        count: standing.length,
        disbursements,
      };
    }),
  },
};
