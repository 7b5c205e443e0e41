import { defineMutation } from '@onedoor/subgraph-kit';
import type { Resolvers } from '../generated/resolvers';
import { CENTRE, WORKERS } from '../roles';
import { entityRef } from '../services/entity-refs';
import { acceptCase, declineCase, handOverToLegalChannel, objectToRouting, routeCase } from '../services/routing';
import { routingSuggestions } from '../services/routing-suggestions';
import {
  acceptCaseInput,
  declineCaseInput,
  handOverToLegalChannelInput,
  objectToRoutingInput,
  routeCaseInput,
} from './inputs';

/** Routing (交办) and what the routed unit does with it: accept, decline, object, or hand over to a legal channel. */
export const routingResolvers: Resolvers = {
  Mutation: {
    routeCase: defineMutation({
      roles: CENTRE,
      input: routeCaseInput,
      run: routeCase,
    }),
    objectToRouting: defineMutation({
      roles: WORKERS,
      input: objectToRoutingInput,
      run: objectToRouting,
    }),
    acceptCase: defineMutation({
      roles: WORKERS,
      input: acceptCaseInput,
      run: acceptCase,
    }),
    declineCase: defineMutation({
      roles: WORKERS,
      input: declineCaseInput,
      run: declineCase,
    }),
    handOverToLegalChannel: defineMutation({
      roles: CENTRE,
      input: handOverToLegalChannelInput,
      renamedInput: true,
      run: handOverToLegalChannel,
    }),
  },
  Case: {
    routingSuggestions: async (row, _, ctx) =>
      (await routingSuggestions({ ctx, row })).map((id) => entityRef('Organisation', id)),
  },
};
