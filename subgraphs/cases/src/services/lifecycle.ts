import { CASE_STATUSES, type CaseStatus } from '@onedoor/db/cases';

/** Where the unit works the case: first handling, and re-examination or review one level up. */
const WORKING = ['ACCEPTED', 'IN_HANDLING', 'REEXAMINING', 'REVIEWING'] as const;

/** One edge of the lifecycle: the mutation that takes it, the statuses it starts from, the status it leads to. */
export interface Edge {
  action: string;
  from: readonly CaseStatus[];
  /** Omitted: the status stays, or the transition's own rule decides it (`TransitionPlan.to`). */
  to?: CaseStatus;
}

/**
 * A case's lifecycle (案件流转), by the event each transition writes on its timeline. A transition refuses to
 * start from any other status; its service adds the rules of its own.
 */
export const LIFECYCLE = {
  ROUTED: { action: 'routeCase', from: ['REGISTERED', 'ROUTED'], to: 'ROUTED' },
  OBJECTED: { action: 'objectToRouting', from: ['ROUTED'] },
  ACCEPTED: { action: 'acceptCase', from: ['ROUTED'], to: 'ACCEPTED' },
  NOT_ACCEPTED: { action: 'declineCase', from: ['REGISTERED', 'ROUTED'], to: 'NOT_ACCEPTED' },
  HANDED_OVER: { action: 'handOverToLegalChannel', from: ['REGISTERED', 'ROUTED', 'ACCEPTED'], to: 'HANDED_OVER' },
  HANDLING_STEP: { action: 'recordHandlingStep', from: WORKING },
  MODE_SET: { action: 'setHandlingMode', from: ['ROUTED', ...WORKING] },
  MEDIATOR_ASSIGNED: { action: 'assignMediator', from: ['ROUTED', ...WORKING] },
  EXTENDED: { action: 'extendDeadline', from: ['ACCEPTED', 'IN_HANDLING'] },
  REPLIED: { action: 'replyToCase', from: ['ACCEPTED', 'IN_HANDLING'], to: 'REPLIED' },
  FOLLOWED_UP: { action: 'recordFollowUp', from: ['REPLIED'], to: 'FOLLOWED_UP' },
  CLOSED: { action: 'reviewClosure', from: ['FOLLOWED_UP'], to: 'CLOSED' },
  CLOSURE_SENT_BACK: { action: 'reviewClosure', from: ['FOLLOWED_UP'], to: 'IN_HANDLING' },
  REEXAMINATION_REQUESTED: {
    action: 'requestReexamination',
    from: ['REPLIED', 'FOLLOWED_UP', 'CLOSED'],
    to: 'REEXAMINING',
  },
  REVIEW_REQUESTED: { action: 'requestReview', from: ['CLOSED'], to: 'REVIEWING' },
  OPINION_GIVEN: { action: 'giveOpinion', from: ['REEXAMINING', 'REVIEWING'], to: 'CLOSED' },
  HEARING: { action: 'recordHearing', from: ['REEXAMINING', 'REVIEWING'] },
  // Every status may start it, so that a finished case gets the urge's own refusal, which names the case.
  URGED: { action: 'urgeCase', from: CASE_STATUSES },
} as const satisfies Record<string, Edge>;

/** The events a transition writes. */
export type TransitionKind = keyof typeof LIFECYCLE;
