import { ROLES, type Role } from '@onedoor/db';

/** Every role of a signed-in account; what each sees is scoped by `services/visibility.ts`. */
export const ANY_STAFF: readonly Role[] = ROLES;
/** Who reads the centre's boards and statistics. */
export const READERS: readonly Role[] = ['ADMIN', 'CENTRE_STAFF', 'LEADER', 'AUDITOR'];
/** The readers and a unit's handlers, who see the board and statistics of their own organisation's cases. */
export const REPORT_READERS: readonly Role[] = [...READERS, 'HANDLER'];
/** The centre's own staff: routing, hand-over, follow-up, reopening. */
export const CENTRE: readonly Role[] = ['ADMIN', 'CENTRE_STAFF', 'LEADER'];
/** Who registers a case at intake: the centre's desk and a unit's handlers (leaders approve, they take no intake). */
export const INTAKE: readonly Role[] = ['ADMIN', 'CENTRE_STAFF', 'HANDLER'];
/** Who works a routed case: the centre and the unit's handlers. */
export const WORKERS: readonly Role[] = ['ADMIN', 'CENTRE_STAFF', 'LEADER', 'HANDLER'];
/** Who records handling steps: the workers and the mediator on the case. */
export const STEP_RECORDERS: readonly Role[] = [...WORKERS, 'MEDIATOR'];
/** Who uploads and attaches files to a case they may see: whoever records its handling steps. */
export const ATTACHERS: readonly Role[] = STEP_RECORDERS;
/** Who supervises (督办): urges a case on (催办), from the deadline board or the case page; the centre's staff. */
export const SUPERVISORS: readonly Role[] = CENTRE;
/** Who approves: extensions, closures, opinions, handling modes (the head of the body). */
export const APPROVERS: readonly Role[] = ['ADMIN', 'LEADER'];
/** Who maintains the holiday calendar, the limits and thresholds, and the category taxonomy. */
export const ADMINS: readonly Role[] = ['ADMIN'];
/** Who may object to a routing for any unit; everyone else objects only for their own organisation. */
export const OBJECT_FOR_ANY_UNIT: readonly Role[] = ['ADMIN', 'CENTRE_STAFF'];

/** Who sees every case of the centre. */
export const SEE_ALL: readonly Role[] = ['ADMIN', 'CENTRE_STAFF', 'LEADER', 'AUDITOR', 'FUND_OFFICER', 'FUND_APPROVER'];
/** Who sees only the cases routed to their own organisation (as lead or co-unit). */
export const SEE_OWN_ORGANISATION: readonly Role[] = ['HANDLER', 'PARTNER'];
/** Who sees only the cases they mediate (through their pool memberships). */
export const SEE_OWN_MEDIATIONS: readonly Role[] = ['MEDIATOR'];
