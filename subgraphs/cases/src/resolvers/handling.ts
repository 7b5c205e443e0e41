import { defineMutation } from '@onedoor/subgraph-kit';
import type { Resolvers } from '../generated/resolvers';
import { APPROVERS, CENTRE, STEP_RECORDERS, SUPERVISORS, WORKERS } from '../roles';
import { assignMediator, extendDeadline, recordHandlingStep, replyToCase, setHandlingMode } from '../services/handling';
import { urgeCase } from '../services/urge';
import {
  assignMediatorInput,
  extendDeadlineInput,
  recordHandlingStepInput,
  replyToCaseInput,
  setHandlingModeInput,
  urgeCaseInput,
} from './inputs';

/** Working an accepted case: steps, mode, mediator, the one extension, the written reply, and urging it on. */
export const handlingResolvers: Resolvers = {
  Mutation: {
    recordHandlingStep: defineMutation({
      roles: STEP_RECORDERS,
      input: recordHandlingStepInput,
      renamedInput: true,
      run: recordHandlingStep,
    }),
    setHandlingMode: defineMutation({
      roles: APPROVERS,
      input: setHandlingModeInput,
      run: setHandlingMode,
    }),
    assignMediator: defineMutation({
      roles: CENTRE,
      input: assignMediatorInput,
      run: assignMediator,
    }),
    extendDeadline: defineMutation({
      roles: APPROVERS,
      input: extendDeadlineInput,
      run: extendDeadline,
    }),
    replyToCase: defineMutation({
      roles: WORKERS,
      input: replyToCaseInput,
      run: replyToCase,
    }),
    urgeCase: defineMutation({
      roles: SUPERVISORS,
      input: urgeCaseInput,
      run: urgeCase,
    }),
  },
};
