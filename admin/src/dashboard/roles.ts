import type { Role } from '../auth/roles';

/**
 * Who may read what the dashboard shows, mirroring the API's own checks: `caseStatistics` and
 * `deadlineBoard` (subgraphs/cases: READERS + HANDLER, a handler's figures scoped to its unit),
 * `misroutingObjections` (READERS) and `reliefTotals` (subgraphs/funds: FUND_READERS).
 */
export const STATISTICS_READERS: readonly Role[] = ['ADMIN', 'CENTRE_STAFF', 'LEADER', 'AUDITOR', 'HANDLER'];
export const OBJECTION_READERS: readonly Role[] = ['ADMIN', 'CENTRE_STAFF', 'LEADER', 'AUDITOR'];
export const RELIEF_READERS: readonly Role[] = [
  'ADMIN',
  'LEADER',
  'CENTRE_STAFF',
  'FUND_OFFICER',
  'FUND_APPROVER',
  'AUDITOR',
];
