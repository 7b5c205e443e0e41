import { type CaseRow, type CaseScope, createCasesRepository } from '@onedoor/db/cases';
import { type BaseContext, hasRole, requireViewer } from '@onedoor/subgraph-kit';
import type { CasesContext } from '../context';
import { SEE_ALL, SEE_OWN_MEDIATIONS, SEE_OWN_ORGANISATION } from '../roles';

/**
 * The cases a viewer may see: everything, an organisation's (lead or co-unit of a split routing), or a
 * mediator's own. A mediator's pool memberships belong to the people subgraph, so they are asked for
 * once per request.
 */
export async function resolveScope({ ctx }: { ctx: Pick<BaseContext, 'viewer' | 'peers'> }): Promise<CaseScope> {
  const v = requireViewer(ctx.viewer);
  if (hasRole(v, SEE_ALL)) return { kind: 'all' };
  if (hasRole(v, SEE_OWN_ORGANISATION) && v.organisationId)
    return { kind: 'organisation', organisationId: v.organisationId };
  if (hasRole(v, SEE_OWN_MEDIATIONS)) {
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

/** The case if the viewer may see it (lead unit, a co-unit of a split routing, own mediator …), else null. */
export async function visibleCase({ ctx, id }: { ctx: CasesContext; id: string }): Promise<CaseRow | null> {
  const row = await ctx.loaders.caseById.load(id).catch(() => null);
  if (!row) return null;
  const units = (await ctx.loaders.unitsByCase.load(row.id)).map((u) => u.organisationId);
  return canSee(await ctx.loaders.scope(), row, units) ? row : null;
}

/** A case by its human number, if the viewer may see it. */
export async function visibleCaseByNumber({ ctx, number }: { ctx: CasesContext; number: string }) {
  const row = await createCasesRepository(ctx.db).findByNumber(number);
  return row ? visibleCase({ ctx, id: row.id }) : null;
}

/** The earlier cases a case repeats that the viewer may see, newest first. */
export async function visibleEarlierCases({ ctx, row }: { ctx: CasesContext; row: CaseRow }): Promise<CaseRow[]> {
  const links = await ctx.loaders.linksByCase.load(row.id);
  const rows = await Promise.all(links.map((l) => visibleCase({ ctx, id: l.earlierCaseId })));
  return rows.filter((r): r is CaseRow => !!r).sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime());
}
