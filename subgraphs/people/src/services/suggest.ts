import { beijingDate } from '@onedoor/db';
import { createPoolsRepository, type Pool, type PoolMembershipRow } from '@onedoor/db/people';
import { badInput, notFound, type ServiceCall } from '@onedoor/subgraph-kit';
import type { PeopleContext } from '../context';
import { isAvailableOn } from './availability';
import { gridUnitFacts } from './grid-peer';
import { type MatchCriteria, rankCandidates, type Scored, scoreWithoutWorkload } from './scoring';

export interface SuggestInput {
  caseId?: string | null;
  specialty?: string | null;
  gridUnitId?: string | null;
  date?: string | null;
  pool?: Pool | null;
}

export const MAX_SUGGESTIONS = 50;

/** One ranked pool member, as `MediatorSuggestion` resolves. */
export type MediatorSuggestionRow = Scored<PoolMembershipRow>;

/** The case's place, asked of the cases subgraph (which also checks the viewer may see the case). */
async function placeOfCase({ ctx, caseId }: { ctx: PeopleContext; caseId: string }): Promise<string> {
  const data = await ctx.peers.query<{ case: { place: { id: string } } | null }>(
    'cases',
    'query($id: ID!) { case(id: $id) { place { id } } }',
    { id: caseId },
  );
  if (!data.case) throw notFound('Case', caseId, 'input.caseId');
  return data.case.place.id;
}

/**
 * Ranks assignable pool members for a matter. Members with an expired certification (judged on the
 * later of today and the mediation date) never reach the ranking: the repository leaves them out.
 */
export async function suggestMediators({
  ctx,
  input,
  first,
}: ServiceCall<PeopleContext, SuggestInput> & { first: number }): Promise<MediatorSuggestionRow[]> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_SUGGESTIONS)
    throw badInput('first', `first must be between 1 and ${MAX_SUGGESTIONS}; got ${first}.`, {
      reason: 'OUT_OF_RANGE',
      params: { min: 1, max: MAX_SUGGESTIONS },
    });
  const today = beijingDate(ctx.clock.now());
  const date = input.date ?? today;
  if (date < today)
    throw badInput('input.date', `The date ${date} is in the past: suggestions are for a mediation still to come.`, {
      reason: 'IN_PAST',
    });
  const placeId = input.gridUnitId ?? (input.caseId ? await placeOfCase({ ctx, caseId: input.caseId }) : null);

  const pools = createPoolsRepository(ctx.db);
  const members = await pools.assignableMembers(input.pool ?? 'PEOPLES_MEDIATOR', date);
  const ids = members.map((m) => m.id);
  const [exceptions, performance] = await Promise.all([pools.exceptionsOf(ids), pools.performanceOf(ids)]);
  const unitIds = new Set(members.flatMap((m) => m.gridUnitIds));
  if (placeId) unitIds.add(placeId);
  const units = await gridUnitFacts({ ctx, ids: [...unitIds] });
  if (placeId && !units.has(placeId))
    throw notFound('Grid unit', placeId, input.gridUnitId ? 'input.gridUnitId' : 'input.caseId');

  const criteria: MatchCriteria = {
    specialty: input.specialty ?? null,
    place: placeId ? { id: placeId, ancestorIds: units.get(placeId)!.ancestorIds } : null,
    date,
    ancestorsOf: (u) => units.get(u)?.ancestorIds ?? [],
  };
  const perf = new Map(performance.map((p) => [p.membershipId, p]));
  const away = new Map<string, typeof exceptions>();
  for (const e of exceptions) away.set(e.membershipId, [...(away.get(e.membershipId) ?? []), e]);
  const candidates = members.map((m) => ({
    candidate: m,
    factors: scoreWithoutWorkload(
      {
        id: m.id,
        specialties: m.specialties,
        gridUnitIds: m.gridUnitIds,
        available: isAvailableOn({ weekdays: m.weekdays, exceptions: away.get(m.id) ?? [] }, date),
        performance: perf.get(m.id),
      },
      criteria,
    ),
  }));
  return rankCandidates({ candidates, first, workload: ctx.loaders.workload });
}
