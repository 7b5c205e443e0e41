import { type DocumentNode, gql } from '@apollo/client';
import type { Bucket, DayRange } from './period';

/**
 * The dashboard's operations on the gateway. The trend charts ask one aliased `caseStatistics` (or
 * `reliefTotals`) per bucket in a single request, so every point is the API's own figure.
 */

export interface KeyCount {
  key: string;
  count: number;
}

export interface CaseStatistics {
  total: number;
  firstTime: number;
  repeat: number;
  group: number;
  crossLevel: number;
  lawRelated: number;
  closed: number;
  resolutionRate: number | null;
  satisfactionRate: number | null;
  onTimeRate: number | null;
  previousPeriodTotal: number;
  periodChange: number | null;
  lastYearTotal: number;
  yearOnYearChange: number | null;
  byChannel: KeyCount[];
  byCategory: KeyCount[];
  byTownship: KeyCount[];
  byUnit: { unit: { id: string; name: string }; count: number; closed: number; satisfactionRate: number | null }[];
  hotSpots: {
    category: { id: string; name: string; parent: { id: string; name: string } | null };
    current: number;
    previous: number;
  }[];
}

export interface StatisticsFilterInput {
  from: string;
  to: string;
  gridUnitId?: string;
}

export const SUMMARY_QUERY = gql`
  query DashboardSummary($filter: CaseStatisticsFilter!) {
    stats: caseStatistics(filter: $filter) {
      total
      firstTime
      repeat
      group
      crossLevel
      lawRelated
      closed
      resolutionRate
      satisfactionRate
      onTimeRate
      previousPeriodTotal
      periodChange
      lastYearTotal
      yearOnYearChange
      byChannel {
        key
        count
      }
      byCategory {
        key
        count
      }
      byTownship {
        key
        count
      }
      byUnit {
        unit {
          id
          name
        }
        count
        closed
        satisfactionRate
      }
      hotSpots {
        category {
          id
          name
          parent {
            id
            name
          }
        }
        current
        previous
      }
    }
    categories {
      id
      name
    }
  }
`;

export interface SummaryResult {
  stats: CaseStatistics;
  categories: { id: string; name: string }[];
}

/** One bucket's figures for the trend charts. */
export type TrendPoint = Pick<
  CaseStatistics,
  | 'total'
  | 'closed'
  | 'repeat'
  | 'crossLevel'
  | 'group'
  | 'resolutionRate'
  | 'satisfactionRate'
  | 'onTimeRate'
  | 'byChannel'
>;

const TREND_FIELDS =
  'total closed repeat crossLevel group resolutionRate satisfactionRate onTimeRate byChannel { key count }';

/** `b0: caseStatistics(filter: {from, to, gridUnitId})` for each bucket, in one request. */
export function trendQuery(buckets: readonly Bucket[]): DocumentNode {
  if (buckets.length === 0) return gql('query DashboardTrendNone { __typename }');
  const declares = buckets.map((_, i) => `$f${i}: CaseStatisticsFilter!`).join(', ');
  const fields = buckets.map((_, i) => `b${i}: caseStatistics(filter: $f${i}) { ${TREND_FIELDS} }`).join('\n');
  return gql(`query DashboardTrend(${declares}) {\n${fields}\n}`);
}

export function trendVariables(
  buckets: readonly Bucket[],
  gridUnitId: string | null,
): Record<string, StatisticsFilterInput> {
  return Object.fromEntries(
    buckets.map((b, i) => [`f${i}`, { from: b.start, to: b.end, ...(gridUnitId ? { gridUnitId } : {}) }]),
  );
}

/** Cases overdue right now per lead unit (the deadline board's red column). */
export const OVERDUE_QUERY = gql`
  query DashboardOverdue {
    board: deadlineBoard(minimum: RED) {
      unit {
        id
        name
      }
      red
    }
  }
`;

export interface OverdueResult {
  board: { unit: { id: string; name: string } | null; red: number }[];
}

export const OBJECTIONS_QUERY = gql`
  query DashboardObjections($from: DateTime!, $to: DateTime!) {
    objections: misroutingObjections(from: $from, to: $to) {
      unit {
        id
        name
      }
      count
    }
  }
`;

export interface ObjectionsResult {
  objections: { unit: { id: string; name: string }; count: number }[];
}

export const TOWNSHIPS_QUERY = gql`
  query DashboardTownships {
    townships: gridUnits(first: 200, filter: { level: TOWNSHIP }) {
      nodes {
        id
        name
      }
    }
  }
`;

export interface TownshipsResult {
  townships: { nodes: { id: string; name: string }[] };
}

export interface ReliefRow {
  kind?: string | null;
  township?: { id: string; name: string } | null;
  paid: string;
  net: string;
  payments: number;
}

export interface ReliefTotals {
  byKind: ReliefRow[];
  byTownship: ReliefRow[];
}

const RELIEF_FIELDS = 'byKind { kind paid net payments } byTownship { township { id name } paid net payments }';

/** The period's relief totals (`r`) and one per bucket (`t0`…) for the chart, in one request. */
export function reliefQuery(buckets: readonly Bucket[]): DocumentNode {
  const declares = [
    '$from: Date!',
    '$to: Date!',
    ...buckets.flatMap((_, i) => [`$from${i}: Date!`, `$to${i}: Date!`]),
  ].join(', ');
  const fields = buckets
    .map((_, i) => `t${i}: reliefTotals(from: $from${i}, to: $to${i}) { ${RELIEF_FIELDS} }`)
    .join('\n');
  return gql(
    `query DashboardRelief(${declares}) {\nr: reliefTotals(from: $from, to: $to) { ${RELIEF_FIELDS} }\n${fields}\n}`,
  );
}

export function reliefVariables(range: DayRange, buckets: readonly Bucket[]): Record<string, string> {
  const entries: [string, string][] = [
    ['from', range.from],
    ['to', range.to],
    ...buckets.flatMap((b, i): [string, string][] => [
      [`from${i}`, b.from],
      [`to${i}`, b.to],
    ]),
  ];
  return Object.fromEntries(entries);
}
