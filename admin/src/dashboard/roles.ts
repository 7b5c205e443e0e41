/**
 * Who may read what the dashboard shows, the role sets of the domains whose queries it sends:
 * `caseStatistics` and `deadlineBoard` (a handler's figures scoped to its unit), `misroutingObjections`,
 * and `reliefTotals` (funds).
 */
export { BOARD_READERS as STATISTICS_READERS, READERS as OBJECTION_READERS } from '../cases/roles';
export { FUND_READERS as RELIEF_READERS } from '../funds/roles';
