import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CaseStatistics, ObjectionsResult } from './operations';
import { ChartCard } from './ChartCard';
import { formatRate } from './format';

/** Objections to mis-routed cases per unit in the period (推诿扯皮 shows up here first). */
export function ObjectionsTable({ result, loading }: { result?: ObjectionsResult; loading: boolean }) {
  const translate = useTranslate();
  const rows = (result?.objections ?? []).slice(0, 8);
  return (
    <ChartCard
      testId="table-objections"
      title={translate('onedoor.dashboard.charts.objections')}
      loading={loading}
      empty={rows.length === 0}
    >
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('onedoor.dashboard.charts.unit')}</TableCell>
            <TableCell align="right">{translate('onedoor.dashboard.charts.count')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.unit.id}>
              <TableCell>{row.unit.name}</TableCell>
              <TableCell align="right">{row.count}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ChartCard>
  );
}

/** The sub-categories rising fastest against the previous period of the same length. */
export function HotSpotsTable({ stats, loading }: { stats?: CaseStatistics; loading: boolean }) {
  const translate = useTranslate();
  const rows = stats?.hotSpots ?? [];
  return (
    <ChartCard
      testId="table-hotspots"
      title={translate('onedoor.dashboard.charts.hotSpots')}
      loading={loading}
      empty={rows.length === 0}
    >
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('onedoor.dashboard.charts.matter')}</TableCell>
            <TableCell align="right">{translate('onedoor.dashboard.charts.current')}</TableCell>
            <TableCell align="right">{translate('onedoor.dashboard.charts.previous')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.category.id}>
              <TableCell>
                {row.category.name}
                {row.category.parent && (
                  <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                    {row.category.parent.name}
                  </Typography>
                )}
              </TableCell>
              <TableCell align="right">{row.current}</TableCell>
              <TableCell align="right">{row.previous}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ChartCard>
  );
}

/** Each lead unit's load in the period: routed, closed, and how satisfied the petitioners were. */
export function UnitsTable({ stats, loading }: { stats?: CaseStatistics; loading: boolean }) {
  const translate = useTranslate();
  const rows = (stats?.byUnit ?? []).slice(0, 8);
  return (
    <ChartCard
      testId="table-units"
      title={translate('onedoor.dashboard.charts.units')}
      loading={loading}
      empty={rows.length === 0}
    >
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('onedoor.dashboard.charts.unit')}</TableCell>
            <TableCell align="right">{translate('onedoor.dashboard.charts.routed')}</TableCell>
            <TableCell align="right">{translate('onedoor.dashboard.charts.closed')}</TableCell>
            <TableCell align="right">{translate('onedoor.dashboard.charts.series.satisfactionRate')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.unit.id}>
              <TableCell>{row.unit.name}</TableCell>
              <TableCell align="right">{row.count}</TableCell>
              <TableCell align="right">{row.closed}</TableCell>
              <TableCell align="right">{formatRate(row.satisfactionRate)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ChartCard>
  );
}
