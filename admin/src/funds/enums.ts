import type { ReliefApplicationStatus } from '../generated/enums';

/** Applications awaiting a decision: the approval queue lists them, approvers may approve or reject them. */
export const PENDING_STATUSES: readonly ReliefApplicationStatus[] = ['PROPOSED', 'AWAITING_SECOND_APPROVAL'];
