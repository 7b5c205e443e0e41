import { beijingDate } from '@onedoor/db';
import { createPoolsRepository, type Pool } from '@onedoor/db/people';
import type { ServiceCall } from '@onedoor/subgraph-kit';
import type { PeopleContext } from '../context';
import { gridUnitFacts, gridUnitsAt } from './grid-peer';

/** Pool size, per specialty (SQL) and per township (townships of the units served, asked of the grid subgraph). */
export async function poolStats({ ctx, pool }: { ctx: PeopleContext; pool: Pool }) {
  const pools = createPoolsRepository(ctx.db);
  const [counts, bySpecialty, members] = await Promise.all([
    pools.poolCounts(pool),
    pools.specialtyCounts(pool),
    pools.activeGridUnits(pool),
  ]);
  const units = await gridUnitFacts({ ctx, ids: [...new Set(members.flatMap((m) => m.gridUnitIds))] });
  const townshipOf = (unitId: string) => {
    const u = units.get(unitId);
    if (!u) return null;
    if (u.level === 'TOWNSHIP') return u.id;
    const i = u.ancestorLevels.indexOf('TOWNSHIP');
    return i >= 0 ? u.ancestorIds[i]! : null;
  };
  const perTownship = new Map<string, number>();
  for (const m of members) {
    // A member serving several villages of one township counts once there.
    const townships = new Set(m.gridUnitIds.map(townshipOf).filter((t): t is string => !!t));
    for (const t of townships) perTownship.set(t, (perTownship.get(t) ?? 0) + 1);
  }
  const byTownship = [...perTownship]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([id, count]) => ({ township: { __typename: 'GridUnit' as const, id }, count }));
  return { pool, ...counts, bySpecialty, byTownship };
}

const LEVELS = { TOWNSHIP: 'TOWNSHIP', WORK_AREA: 'WORK_AREA', VILLAGE: 'VILLAGE', GRID: 'GRID' } as const;

/**
 * Units of a level with no assignable member of the specialty (active, no expired certification)
 * serving the unit itself or a unit above it.
 */
export async function coverageGaps({
  ctx,
  input,
}: ServiceCall<
  PeopleContext,
  { specialty: string; pool?: Pool | null; level?: keyof typeof LEVELS | null; withinId?: string | null }
>) {
  const today = beijingDate(ctx.clock.now());
  const [units, members] = await Promise.all([
    gridUnitsAt({ ctx, level: LEVELS[input.level ?? 'VILLAGE'], withinId: input.withinId ?? null }),
    createPoolsRepository(ctx.db).activeGridUnits(input.pool ?? 'PEOPLES_MEDIATOR', input.specialty, today),
  ]);
  const served = new Set(members.flatMap((m) => m.gridUnitIds));
  const gaps = units
    .filter((u) => !served.has(u.id) && !u.ancestorIds.some((a) => served.has(a)))
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((u) => ({ __typename: 'GridUnit' as const, id: u.id }));
  return { specialty: input.specialty, unitsChecked: units.length, gaps };
}
