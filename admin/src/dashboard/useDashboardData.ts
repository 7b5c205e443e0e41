import { useMemo } from 'react';
import {
  OBJECTIONS_QUERY,
  type ObjectionsResult,
  OVERDUE_QUERY,
  type OverdueResult,
  reliefQuery,
  type ReliefTotals,
  reliefVariables,
  SUMMARY_QUERY,
  type SummaryResult,
  TOWNSHIPS_QUERY,
  type TownshipsResult,
  trendQuery,
  trendVariables,
  type TrendPoint,
} from './operations';
import { instants } from './period';
import type { DashboardScope } from './useDashboardFilter';
import { useDashboardQuery } from './useDashboardQuery';

/** What the signed-in roles may read; a query a role may not run is never sent. */
export interface Readable {
  statistics: boolean;
  objections: boolean;
  relief: boolean;
}

/** Every figure of the dashboard for the period and township picked, one request per kind of figure. */
export function useDashboardData(scope: DashboardScope, may: Readable) {
  const { range, buckets, filter } = scope;
  const period = instants(range);
  const statsFilter = { ...period, ...(filter.townshipId ? { gridUnitId: filter.townshipId } : {}) };

  const townships = useDashboardQuery<TownshipsResult>(TOWNSHIPS_QUERY, undefined, may.statistics || may.relief);
  const summary = useDashboardQuery<SummaryResult>(SUMMARY_QUERY, { filter: statsFilter }, may.statistics);
  const trendDoc = useMemo(() => trendQuery(buckets), [buckets]);
  const trendResult = useDashboardQuery<Record<string, TrendPoint>>(
    trendDoc,
    trendVariables(buckets, filter.townshipId),
    may.statistics,
  );
  const overdue = useDashboardQuery<OverdueResult>(OVERDUE_QUERY, undefined, may.statistics);
  const objections = useDashboardQuery<ObjectionsResult>(OBJECTIONS_QUERY, period, may.objections);
  const reliefDoc = useMemo(() => reliefQuery(buckets), [buckets]);
  const relief = useDashboardQuery<Record<string, ReliefTotals>>(
    reliefDoc,
    reliefVariables(range, buckets),
    may.relief,
  );

  // A placeholder answer belongs to the previous period's buckets: the charts wait for their own.
  const trend =
    trendResult.data && !trendResult.isPlaceholderData
      ? buckets.map((bucket, i) => ({ bucket, point: trendResult.data[`b${i}`]! }))
      : undefined;
  const reliefTrend =
    relief.data && !relief.isPlaceholderData
      ? buckets.map((bucket, i) => ({ bucket, totals: relief.data[`t${i}`]! }))
      : undefined;
  return {
    townships: townships.data?.townships.nodes ?? [],
    summary,
    trend,
    trendLoading: may.statistics && !trend,
    overdue,
    objections,
    relief: relief.data?.r,
    reliefTrend,
    reliefLoading: may.relief && !reliefTrend,
    /** True while a card still shows the previous period's figure. */
    updating: summary.isFetching || relief.isFetching || overdue.isFetching,
    error: summary.error ?? trendResult.error ?? overdue.error ?? objections.error ?? relief.error ?? townships.error,
  };
}
