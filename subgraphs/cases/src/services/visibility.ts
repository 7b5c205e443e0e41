import type { CaseRow, CaseScope, Role } from '@onedoor/db';
import { hasRole, requireViewer, type Viewer } from '@onedoor/subgraph-kit';

/** Roles that see every case of the centre. */
export const SEE_ALL: readonly Role[] = ['ADMIN', 'CENTRE_STAFF', 'LEADER', 'AUDITOR', 'FUND_OFFICER', 'FUND_APPROVER'];
/** Roles that see only the cases routed to their own organisation. */
const SEE_OWN_ORGANISATION: readonly Role[] = ['HANDLER', 'PARTNER'];

/**
 * The cases a viewer may see. Mediators see none through these lists until cases carry their
 * mediator assignments (the cases issue); they are not refused, their lists are empty.
 */
export function caseScope(viewer: Viewer | null): CaseScope {
  const v = requireViewer(viewer);
  if (hasRole(v, SEE_ALL)) return { kind: 'all' };
  if (hasRole(v, SEE_OWN_ORGANISATION) && v.organisationId) return { kind: 'organisation', organisationId: v.organisationId };
  return { kind: 'none' };
}

export function canSee(scope: CaseScope, row: CaseRow): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'organisation') return row.responsibleOrganisationId === scope.organisationId;
  return false;
}
