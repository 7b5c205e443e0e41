import type { Role } from '@onedoor/db';

/** Who shapes the grid and the register of organisations: adding, moving and deleting units and bodies. */
export const ADMINS: readonly Role[] = ['ADMIN'];
/** The centre's office: staffing units, editing the duty roster, escalating events, answering for any body. */
export const CENTRE_OFFICE: readonly Role[] = ['ADMIN', 'CENTRE_STAFF'];
/** The centre with its leaders: residency planning, joint meetings, contact phones in full. */
export const CENTRE: readonly Role[] = ['ADMIN', 'CENTRE_STAFF', 'LEADER'];
/** Who approves a swap of duty shifts: the approver is whoever performs it. */
export const SWAP_APPROVERS: readonly Role[] = ['ADMIN', 'LEADER'];
/** Who sees every grid event; a handler or partner sees only its own organisation's. */
export const ALL_EVENTS_READERS: readonly Role[] = ['ADMIN', 'CENTRE_STAFF', 'LEADER', 'AUDITOR'];
/** Who may read grid events at all (the list is scoped to what each may see). */
export const EVENT_READERS: readonly Role[] = [...ALL_EVENTS_READERS, 'HANDLER', 'PARTNER'];
/** Grid workers, township officers and centre staff: they report events and move them along. */
export const EVENT_WORKERS: readonly Role[] = ['ADMIN', 'CENTRE_STAFF', 'HANDLER'];
/** Who answers a whistled event: the workers and a partner agency, each for its own organisation. */
export const EVENT_RESPONDERS: readonly Role[] = [...EVENT_WORKERS, 'PARTNER'];
/** Who reads joint meetings and their decisions. */
export const MEETING_READERS: readonly Role[] = ['ADMIN', 'CENTRE_STAFF', 'LEADER', 'HANDLER', 'AUDITOR'];
/** Who reports progress on a decision: the centre, and a handler for its own organisation's decisions. */
export const DECISION_FOLLOWERS: readonly Role[] = [...CENTRE, 'HANDLER'];
/** Everyone on the staff may see who is resident and on duty; a partner agency's API client may not. */
export const ROSTER_READERS: readonly Role[] = [
  'ADMIN',
  'CENTRE_STAFF',
  'LEADER',
  'HANDLER',
  'MEDIATOR',
  'AUDITOR',
  'FUND_OFFICER',
  'FUND_APPROVER',
];
