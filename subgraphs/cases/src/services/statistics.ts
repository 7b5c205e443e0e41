import { DAY_MS } from '@onedoor/db';
import {
  createCaseStatisticsRepository,
  createCasesRepository,
  createCaseWorkflowRepository,
  type StatisticsScope,
} from '@onedoor/db/cases';
import { badInput, type BaseContext } from '@onedoor/subgraph-kit';
import type { CasesContext } from '../context';
import { entityRef } from './entity-refs';
import { gridSubtrees } from './grid-subtree';

const YEAR_MS = 365 * DAY_MS;
const rate = (part: number, whole: number) => (whole > 0 ? part / whole : null);
const change = (now: number, before: number) => (before > 0 ? (now - before) / before : null);

export interface StatisticsFilter {
  from: Date;
  to: Date;
  gridUnitId?: string | null;
  gridUnitIds?: string[] | null;
  unitId?: string | null;
}

/** Statistics over a period, a place subtree and a unit; every figure is one SQL aggregate. */
export async function caseStatistics({ ctx, filter }: { ctx: CasesContext; filter: StatisticsFilter }) {
  if (filter.to <= filter.from)
    throw badInput('filter.to', 'filter.to must come after filter.from.', {
      reason: 'ENDS_BEFORE_START',
      params: { start: 'from' },
    });
  let gridUnitIds = filter.gridUnitIds ?? null;
  if (filter.gridUnitId)
    gridUnitIds = (await gridSubtrees({ ctx, roots: [filter.gridUnitId] })).get(filter.gridUnitId) ?? [];
  const scope: StatisticsScope = {
    from: filter.from,
    to: filter.to,
    gridUnitIds,
    organisationId: filter.unitId ?? null,
    visible: createCasesRepository(ctx.db).scoped(await ctx.loaders.scope()),
  };
  const stats = createCaseStatisticsRepository(ctx.db);
  const length = filter.to.getTime() - filter.from.getTime();
  const previousFrom = new Date(filter.from.getTime() - length);
  const [totals, previousPeriodTotal, lastYearTotal, byChannel, byCategory, byPlace, byUnit, hot] = await Promise.all([
    stats.totals(scope),
    stats.totalIn(scope, previousFrom, filter.from),
    stats.totalIn(scope, new Date(filter.from.getTime() - YEAR_MS), new Date(filter.to.getTime() - YEAR_MS)),
    stats.byChannel(scope),
    stats.byCategory(scope),
    stats.byPlace(scope),
    stats.byUnit(scope),
    stats.hotSpots(scope, previousFrom, 5),
  ]);
  return {
    ...totals,
    resolutionRate: rate(totals.resolved, totals.closed),
    satisfactionRate: rate(totals.satisfied, totals.rated),
    onTimeRate: rate(totals.repliedOnTime, totals.replied),
    previousPeriodTotal,
    periodChange: change(totals.total, previousPeriodTotal),
    lastYearTotal,
    yearOnYearChange: change(totals.total, lastYearTotal),
    byChannel,
    byCategory,
    byPlace,
    byUnit: byUnit.map((u) => ({
      unit: entityRef('Organisation', u.key!),
      count: u.count,
      closed: u.closed,
      satisfactionRate: rate(u.satisfied, u.rated),
    })),
    /** Asked of grid only when the field is selected: the townships and their subtrees. */
    byTownship: () => byTownship({ ctx, scope }),
    hotSpots: await Promise.all(
      hot.map(async (h) => ({
        category: await ctx.loaders.categoryById.load(h.key),
        current: h.current,
        previous: h.previous,
      })),
    ),
  };
}

async function byTownship({ ctx, scope }: { ctx: CasesContext; scope: StatisticsScope }) {
  const data = await ctx.peers.query<{ gridUnits: { nodes: { id: string }[] } }>(
    'grid',
    '{ gridUnits(first: 200, filter: { level: TOWNSHIP }) { nodes { id } } }',
    {},
  );
  const townships = data.gridUnits.nodes.map((t) => t.id);
  const trees = await gridSubtrees({ ctx, roots: townships });
  const rows = await createCaseStatisticsRepository(ctx.db).byGridGroups(
    townships.map((key) => ({ key, gridUnitIds: trees.get(key) ?? [key] })),
    scope,
  );
  return rows.map((r) => ({ key: r.key, count: r.total }));
}

/** What `caseStatistics` answers; `byTownship` asks grid only when the field is selected. */
export type StatisticsView = Awaited<ReturnType<typeof caseStatistics>>;

/** Mis-routing objections per unit in a period, most first. */
export async function misroutingObjections({ ctx, from, to }: { ctx: BaseContext; from: Date; to: Date }) {
  const rows = await createCaseWorkflowRepository(ctx.db).objectionCounts(from, to);
  return rows.map((r) => ({ unit: entityRef('Organisation', r.organisationId), count: r.count }));
}
