import { everyRoleBut, type Role } from '../auth/roles';

/*
 * Who may do what in the grid, mirroring the grid subgraph's own checks (subgraphs/grid/src/resolvers).
 * The API refuses anyway; the back office only hides what a role may not do.
 */

/** createGridUnit, moveGridUnit, deleteGridUnit, setGridUnitBoundary, createOrganisation, setOrganisationProfile. */
export const GRID_ADMINS: readonly Role[] = ['ADMIN'];
/** setGridStaff; also generateDutyMonth, addDutyShift, updateDutyShift, removeDutyShift, recordDutyLeave. */
export const ROSTER_EDITORS: readonly Role[] = ['ADMIN', 'CENTRE_STAFF'];
/** The duty roster and the residency: everyone signed in but partner agencies. */
export const ROSTER_READERS = everyRoleBut('PARTNER');
/** addResidency, planMonthlyRotation. */
export const RESIDENCY_PLANNERS: readonly Role[] = ['ADMIN', 'CENTRE_STAFF', 'LEADER'];
/** swapDutyShifts: the approver of a swap is whoever performs it. */
export const SHIFT_SWAPPERS: readonly Role[] = ['ADMIN', 'LEADER'];
/** Grid events: the centre, units' handlers and partner agencies. */
export const EVENT_READERS: readonly Role[] = ['ADMIN', 'CENTRE_STAFF', 'LEADER', 'AUDITOR', 'HANDLER', 'PARTNER'];
/** disposeGridEvent, whistleGridEvent, gridEventFeedback. */
export const EVENT_WORKERS: readonly Role[] = ['ADMIN', 'CENTRE_STAFF', 'HANDLER'];
/** respondToGridEvent: the workers and the partner agency whistled to. */
export const EVENT_RESPONDERS: readonly Role[] = [...EVENT_WORKERS, 'PARTNER'];
/** escalateGridEvent. */
export const EVENT_ESCALATORS: readonly Role[] = ['ADMIN', 'CENTRE_STAFF'];
/** Joint meetings and their decisions. */
export const MEETING_READERS: readonly Role[] = ['ADMIN', 'CENTRE_STAFF', 'LEADER', 'HANDLER', 'AUDITOR'];
