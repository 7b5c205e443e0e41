import type { CaseRow, CaseScope, Role } from '@onedoor/db';
import { type BaseContext, hasRole, requireViewer } from '@onedoor/subgraph-kit';

/** Roles that see every case of the centre. */
export const SEE_ALL: readonly Role[] = ['ADMIN', 'CENTRE_STAFF', 'LEADER', 'AUDITOR', 'FUND_OFFICER', 'FUND_APPROVER'];
/** Roles that see only the cases routed to their own organisation. */
const SEE_OWN_ORGANISATION: readonly Role[] = ['HANDLER', 'PARTNER'];

/**
 * The cases a viewer may see: everything, an organisation's (lead or co-unit of a split routing), or a
 * mediator's own. A mediator's pool memberships belong to the people subgraph, so they are asked for
 * once per request.
 */
export async function resolveScope(ctx: Pick<BaseContext, 'viewer' | 'peers'>): Promise<CaseScope> {
  const v = requireViewer(ctx.viewer);
  if (hasRole(v, SEE_ALL)) return { kind: 'all' };
  if (hasRole(v, SEE_OWN_ORGANISATION) && v.organisationId)
    return { kind: 'organisation', organisationId: v.organisationId };
  if (hasRole(v, ['MEDIATOR'])) {
    const persons = await ctx.peers.entities<{ id: string; poolMemberships: { id: string }[] }>(
      'people',
      'Person',
      [v.personId],
      'poolMemberships { id }',
    );
    return { kind: 'mediator', mediatorIds: persons.get(v.personId)?.poolMemberships.map((m) => m.id) ?? [] };
  }
  return { kind: 'none' };
}

/** Whether a case is inside the scope; `unitIds` are the units of its routing (lead and others). */
export function canSee(scope: CaseScope, row: CaseRow, unitIds: readonly string[] = []): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'organisation')
    return row.responsibleOrganisationId === scope.organisationId || unitIds.includes(scope.organisationId);
  if (scope.kind === 'mediator') return !!row.mediatorId && scope.mediatorIds.includes(row.mediatorId);
  return false;
}
