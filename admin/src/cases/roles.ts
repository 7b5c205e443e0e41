import type { Role } from '../auth/roles';

/*
 * Who may do what with cases, mirroring subgraphs/cases/src/roles.ts and the roles each query and
 * mutation names. The API refuses anything else anyway; the back office only hides what would be refused.
 */

/** The centre's own staff: routing, legal hand-over, follow-up, re-examination requests. */
export const CENTRE: readonly Role[] = ['ADMIN', 'CENTRE_STAFF', 'LEADER'];
/** Who works a routed case: the centre and the units' handlers. */
export const WORKERS: readonly Role[] = [...CENTRE, 'HANDLER'];
/** Who records a handling step: the workers and the mediator on the case. */
export const STEP_RECORDERS: readonly Role[] = [...WORKERS, 'MEDIATOR'];
/** Who urges a case on (催办, urgeCase), from the deadline board or the case page: the centre's staff. */
export const SUPERVISORS: readonly Role[] = CENTRE;
/** Who approves: extensions, closures, opinions and hearings. */
export const APPROVERS: readonly Role[] = ['ADMIN', 'LEADER'];
/** Who reads the centre's boards and statistics. */
export const READERS: readonly Role[] = ['ADMIN', 'CENTRE_STAFF', 'LEADER', 'AUDITOR'];
/** The readers and the units' handlers (their own unit's cases): the deadline board, statistics, the taxonomy. */
export const BOARD_READERS: readonly Role[] = [...READERS, 'HANDLER'];
/** Who registers cases (registerCase: the workers less LEADER), and so sees the intake screen. */
export const REGISTRARS: readonly Role[] = ['ADMIN', 'CENTRE_STAFF', 'HANDLER'];
/** Who objects to a routing on behalf of any routed unit; a handler objects for their own unit only. */
export const OBJECTORS_FOR_ANY_UNIT: readonly Role[] = ['ADMIN', 'CENTRE_STAFF'];
/** Who reads the case rules and the working calendar. */
export const SETTINGS_READERS: readonly Role[] = APPROVERS;
/** Who changes the taxonomy, the case rules and the working calendar. */
export const SETTINGS_EDITORS: readonly Role[] = ['ADMIN'];
