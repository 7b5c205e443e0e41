import { defineMutation } from '@onedoor/subgraph-kit';
import type { Resolvers } from '../generated/resolvers';
import { LEGAL_AID_WRITERS } from '../roles';
import { openLegalAidMatter, recordLegalAidProgress } from '../services/legal-aid';
import { listLegalAidMatters } from '../services/list';
import { legalAidReport } from '../services/reports';
import { legalAidFilter, legalAidProgressInput, openLegalAidInput } from './inputs';
import { forReaders, readerList, readerReference } from './readers';
import { stub } from './stub';

/** Legal aid (法律援助): matters accepted for a person, their lawyer and progress, and the report. */
export const legalAidResolvers: Resolvers = {
  Query: {
    legalAidMatters: readerList(legalAidFilter, listLegalAidMatters),
    legalAidReport: forReaders((_, { from, to }, ctx) => legalAidReport({ ctx, from, to })),
  },
  Mutation: {
    openLegalAidMatter: defineMutation({
      roles: LEGAL_AID_WRITERS,
      input: openLegalAidInput,
      run: openLegalAidMatter,
    }),
    recordLegalAidProgress: defineMutation({
      roles: LEGAL_AID_WRITERS,
      input: legalAidProgressInput,
      run: recordLegalAidProgress,
    }),
  },
  LegalAidMatter: {
    __resolveReference: readerReference('LegalAidMatter', (loaders) => loaders.legalAidById),
    person: (row) => stub('Person', row.personId),
    case: (row) => stub('Case', row.caseId),
    lawyer: (row) => stub('Mediator', row.lawyerId),
    recovered: (row) => row.recoveredFen,
  },
};
