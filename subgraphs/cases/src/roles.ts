import type { Role } from '@onedoor/db';

/** Every role of a signed-in account; lists are scoped to what each may see. */
export const ANY_STAFF: readonly Role[] = [
  'ADMIN',
  'CENTRE_STAFF',
  'LEADER',
  'HANDLER',
  'MEDIATOR',
  'PARTNER',
  'FUND_OFFICER',
  'FUND_APPROVER',
  'AUDITOR',
];
/** Who reads the centre's boards and statistics. */
export const READERS: readonly Role[] = ['ADMIN', 'CENTRE_STAFF', 'LEADER', 'AUDITOR'];
/** The centre's own staff: intake, routing, follow-up. */
export const CENTRE: readonly Role[] = ['ADMIN', 'CENTRE_STAFF', 'LEADER'];
/** Who works a routed case: the centre and the unit's handlers. */
export const WORKERS: readonly Role[] = ['ADMIN', 'CENTRE_STAFF', 'LEADER', 'HANDLER'];
/** Who approves: extensions, closures, opinions, handling modes (the head of the body). */
export const APPROVERS: readonly Role[] = ['ADMIN', 'LEADER'];
