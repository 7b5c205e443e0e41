import type { Role } from '../auth/roles';

/** Who may do what in the grid, mirroring the grid subgraph's own checks (subgraphs/grid/src/resolvers). */
export const GRID_ROLES = {
  /** createGridUnit, moveGridUnit, deleteGridUnit, setGridUnitBoundary, createOrganisation, setOrganisationProfile. */
  gridAdmin: ['ADMIN'],
  setGridStaff: ['ADMIN', 'CENTRE_STAFF'],
  rosterReaders: ['ADMIN', 'CENTRE_STAFF', 'LEADER', 'HANDLER', 'MEDIATOR', 'AUDITOR', 'FUND_OFFICER', 'FUND_APPROVER'],
  residencyPlanners: ['ADMIN', 'CENTRE_STAFF', 'LEADER'],
  /** generateDutyMonth, addDutyShift, updateDutyShift, removeDutyShift, recordDutyLeave. */
  rosterEditors: ['ADMIN', 'CENTRE_STAFF'],
  /** The approver of a swap is whoever performs it. */
  swapShifts: ['ADMIN', 'LEADER'],
  eventReaders: ['ADMIN', 'CENTRE_STAFF', 'LEADER', 'AUDITOR', 'HANDLER', 'PARTNER'],
  eventWorkers: ['ADMIN', 'CENTRE_STAFF', 'HANDLER'],
  eventResponders: ['ADMIN', 'CENTRE_STAFF', 'HANDLER', 'PARTNER'],
  escalateEvent: ['ADMIN', 'CENTRE_STAFF'],
  meetingReaders: ['ADMIN', 'CENTRE_STAFF', 'LEADER', 'HANDLER', 'AUDITOR'],
  /** persons(): everyone but partner agencies. */
  personReaders: ['ADMIN', 'CENTRE_STAFF', 'LEADER', 'HANDLER', 'MEDIATOR', 'FUND_OFFICER', 'FUND_APPROVER', 'AUDITOR'],
} as const satisfies Record<string, readonly Role[]>;
