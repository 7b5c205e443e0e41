import type { ReactNode } from 'react';
import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { type Column, SimpleTable } from '../shared/SimpleTable';
import type { CaseStatistics, ObjectionsResult } from './operations';
import { ChartCard } from './ChartCard';
import { formatRate } from './format';

/** A small table shows the first rows only. */
const MOST_ROWS = 8;

const label = (key: string) => `onedoor.dashboard.charts.${key}`;

/** A column of figures, headed by `key` under `onedoor.dashboard.charts`. */
function figures<R>(key: string, value: (row: R) => ReactNode): Column<R> {
  return { label: label(key), value, numeric: true };
}

type HotSpot = CaseStatistics['hotSpots'][number];
type UnitLoad = CaseStatistics['byUnit'][number];
type Objection = ObjectionsResult['objections'][number];

const unitKey = (row: { unit: { id: string } }) => row.unit.id;
const unitName = { label: label('unit'), value: (row: { unit: { name: string } }) => row.unit.name };

const OBJECTIONS: Column<Objection>[] = [unitName, figures('count', (row) => row.count)];

const HOT_SPOTS: Column<HotSpot>[] = [
  {
    label: label('matter'),
    value: (row) => (
      <>
        {row.category.name}
        {row.category.parent && (
          <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
            {row.category.parent.name}
          </Typography>
        )}
      </>
    ),
  },
  figures('current', (row) => row.current),
  figures('previous', (row) => row.previous),
];

const UNITS: Column<UnitLoad>[] = [
  unitName,
  figures('routed', (row) => row.count),
  figures('closed', (row) => row.closed),
  figures('series.satisfactionRate', (row) => formatRate(row.satisfactionRate)),
];

/** A dashboard card holding a small table instead of a chart; `title` is its key under `onedoor.dashboard.charts`. */
function TableCard<R>(props: {
  title: string;
  loading: boolean;
  rows: readonly R[] | undefined;
  rowKey: (row: R) => string;
  columns: Column<R>[];
}) {
  const translate = useTranslate();
  const { title, loading, rowKey, columns } = props;
  const rows = (props.rows ?? []).slice(0, MOST_ROWS);
  return (
    <ChartCard
      testId={`table-${title.toLowerCase()}`}
      title={translate(label(title))}
      loading={loading}
      empty={rows.length === 0}
    >
      <SimpleTable rows={rows} rowKey={rowKey} columns={columns} />
    </ChartCard>
  );
}

/** Objections to mis-routed cases per unit in the period (推诿扯皮 shows up here first). */
export const ObjectionsTable = ({ result, loading }: { result?: ObjectionsResult; loading: boolean }) => (
  <TableCard title="objections" loading={loading} rows={result?.objections} rowKey={unitKey} columns={OBJECTIONS} />
);

/** The sub-categories rising fastest against the previous period of the same length. */
export const HotSpotsTable = ({ stats, loading }: { stats?: CaseStatistics; loading: boolean }) => (
  <TableCard
    title="hotSpots"
    loading={loading}
    rows={stats?.hotSpots}
    rowKey={(row) => row.category.id}
    columns={HOT_SPOTS}
  />
);

/** Each lead unit's load in the period: routed, closed, and how satisfied the petitioners were. */
export const UnitsTable = ({ stats, loading }: { stats?: CaseStatistics; loading: boolean }) => (
  <TableCard title="units" loading={loading} rows={stats?.byUnit} rowKey={unitKey} columns={UNITS} />
);
