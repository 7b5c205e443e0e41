import { subgraphCodegen } from '../kit/codegen/subgraph';

/**
 * The people subgraph's resolver types (see codegen.ts at the root), each object type's parent mapped to what
 * its resolvers really receive: a row of the people schema, or a service's result.
 */
export const peopleCodegen = subgraphCodegen('people', 'PeopleContext', {
  Person: '@onedoor/db/people#PersonRow',
  Account: '@onedoor/db/people#AccountRow',
  Mediator: '@onedoor/db/people#PoolMembershipRow',
  Certification: '@onedoor/db/people#CertificationRow',
  StatusChange: '@onedoor/db/people#StatusHistoryRow',
  AvailabilityException: '@onedoor/db/people#AvailabilityExceptionRow',
  DuplicateGroup: '@onedoor/db/people#DuplicateGroupRow',
  PersonConnection: '../services/lists#PersonPage',
  MediatorConnection: '../services/lists#MediatorPage',
  MediatorSuggestion: '../services/suggest#MediatorSuggestionRow',
});
