import { useMemo } from 'react';
import { useStore } from 'react-admin';
import { addDays, type Bucket, buckets, type DashboardFilter, type DayRange, periodDays } from './period';
import { todayInShanghai } from '../format/time';

function initialFilter(): DashboardFilter {
  const today = todayInShanghai();
  return { kind: 'last30', custom: { from: addDays(today, -6), to: today }, townshipId: null };
}

export interface DashboardScope {
  filter: DashboardFilter;
  setFilter(next: DashboardFilter): void;
  /** The period's Beijing days. */
  range: DayRange;
  /** The trend charts' slices of it. */
  buckets: Bucket[];
}

/** The period and township picked, remembered in react-admin's store (reset at sign-out). */
export function useDashboardFilter(): DashboardScope {
  const [filter, setFilter] = useStore<DashboardFilter>('onedoor.dashboard.filter', initialFilter());
  const range = useMemo(() => periodDays(filter), [filter]);
  const slices = useMemo(() => buckets(range), [range]);
  return { filter, setFilter, range, buckets: slices };
}
