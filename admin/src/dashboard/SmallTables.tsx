import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { type Column, SimpleTable } from '../shared/SimpleTable';
import type { CaseStatistics, ObjectionsResult } from './operations';
import { ChartCard } from './ChartCard';
import { formatRate } from './format';

const label = (key: string) => `onedoor.dashboard.charts.${key}`;

/** A dashboard card holding a small table instead of a chart. */
function TableCard<R>(props: {
  testId: string;
  title: string;
  loading: boolean;
  rows: readonly R[];
  rowKey: (row: R) => string;
  columns: Column<R>[];
}) {
  const translate = useTranslate();
  const { testId, title, loading, rows, rowKey, columns } = props;
  return (
    <ChartCard testId={testId} title={translate(label(title))} loading={loading} empty={rows.length === 0}>
      <SimpleTable rows={rows} rowKey={rowKey} columns={columns} />
    </ChartCard>
  );
}

/** Objections to mis-routed cases per unit in the period (推诿扯皮 shows up here first). */
export function ObjectionsTable({ result, loading }: { result?: ObjectionsResult; loading: boolean }) {
  return (
    <TableCard
      testId="table-objections"
      title="objections"
      loading={loading}
      rows={(result?.objections ?? []).slice(0, 8)}
      rowKey={(row) => row.unit.id}
      columns={[
        { label: label('unit'), value: (row) => row.unit.name },
        { label: label('count'), value: (row) => row.count, numeric: true },
      ]}
    />
  );
}

/** The sub-categories rising fastest against the previous period of the same length. */
export function HotSpotsTable({ stats, loading }: { stats?: CaseStatistics; loading: boolean }) {
  return (
    <TableCard
      testId="table-hotspots"
      title="hotSpots"
      loading={loading}
      rows={stats?.hotSpots ?? []}
      rowKey={(row) => row.category.id}
      columns={[
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
        { label: label('current'), value: (row) => row.current, numeric: true },
        { label: label('previous'), value: (row) => row.previous, numeric: true },
      ]}
    />
  );
}

/** Each lead unit's load in the period: routed, closed, and how satisfied the petitioners were. */
export function UnitsTable({ stats, loading }: { stats?: CaseStatistics; loading: boolean }) {
  return (
    <TableCard
      testId="table-units"
      title="units"
      loading={loading}
      rows={(stats?.byUnit ?? []).slice(0, 8)}
      rowKey={(row) => row.unit.id}
      columns={[
        { label: label('unit'), value: (row) => row.unit.name },
        { label: label('routed'), value: (row) => row.count, numeric: true },
        { label: label('closed'), value: (row) => row.closed, numeric: true },
        { label: label('series.satisfactionRate'), value: (row) => formatRate(row.satisfactionRate), numeric: true },
      ]}
    />
  );
}
