import { defineMutation } from '@onedoor/subgraph-kit';
import type { Resolvers } from '../generated/resolvers';
import { APPROVERS, CENTRE } from '../roles';
import {
  giveOpinion,
  recordFollowUp,
  recordHearing,
  requestReexamination,
  requestReview,
  reviewClosure,
} from '../services/evaluation';
import {
  giveOpinionInput,
  recordFollowUpInput,
  recordHearingInput,
  requestReopeningInput,
  reviewClosureInput,
} from './inputs';

/** After the reply: follow-up, closure review, and reopening one level up (复查, 复核) with its opinion. */
export const evaluationResolvers: Resolvers = {
  Mutation: {
    recordFollowUp: defineMutation({
      roles: CENTRE,
      input: recordFollowUpInput,
      renamedInput: true,
      run: recordFollowUp,
    }),
    reviewClosure: defineMutation({
      roles: APPROVERS,
      input: reviewClosureInput,
      run: reviewClosure,
    }),
    requestReexamination: defineMutation({
      roles: CENTRE,
      input: requestReopeningInput,
      renamedInput: true,
      run: requestReexamination,
    }),
    requestReview: defineMutation({
      roles: CENTRE,
      input: requestReopeningInput,
      renamedInput: true,
      run: requestReview,
    }),
    giveOpinion: defineMutation({
      roles: APPROVERS,
      input: giveOpinionInput,
      run: giveOpinion,
    }),
    recordHearing: defineMutation({
      roles: APPROVERS,
      input: recordHearingInput,
      run: recordHearing,
    }),
  },
};
