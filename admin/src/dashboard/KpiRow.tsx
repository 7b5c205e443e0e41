import { Grid, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatFen } from '../format/money';
import type { CaseStatistics, OverdueResult, ReliefTotals } from './operations';
import { formatChange, formatCount, formatRate } from './format';
import { KpiCard } from './KpiCard';

/** A change shown with its direction; more petitions is the bad direction, so up is red. */
function Change({ label, change, testId }: { label: string; change: number | null; testId: string }) {
  const colour = change === null || change === 0 ? 'text.secondary' : change > 0 ? 'error.main' : 'success.main';
  return (
    <Typography variant="caption" color={colour} data-testid={testId}>
      {label} {change !== null && change !== 0 ? (change > 0 ? '▲' : '▼') : ''}
      {formatChange(change)}
    </Typography>
  );
}

const cell = { xs: 12, sm: 6, lg: 3 } as const;

/** The KPI cards a role may read: case figures, what is overdue now, and relief paid. */
export function KpiRow({
  stats,
  overdue,
  relief,
  reliefTownshipId,
  updating,
}: {
  stats?: CaseStatistics;
  overdue?: OverdueResult;
  relief?: ReliefTotals;
  reliefTownshipId: string | null;
  updating: boolean;
}) {
  const translate = useTranslate();
  const t = (key: string, options?: Record<string, unknown>) => translate(`onedoor.dashboard.kpi.${key}`, options);
  const overdueCount = overdue?.board.reduce((n, row) => n + row.red, 0);
  const overdueUnits = overdue?.board.filter((row) => row.unit && row.red > 0).length ?? 0;
  const reliefRows = relief
    ? reliefTownshipId
      ? relief.byTownship.filter((r) => r.township?.id === reliefTownshipId)
      : relief.byKind
    : undefined;
  const reliefNet = reliefRows?.reduce((sum, r) => sum + BigInt(r.net), 0n);
  const reliefPayments = reliefRows?.reduce((n, r) => n + r.payments, 0) ?? 0;
  return (
    <Grid
      container
      spacing={2}
      data-testid="kpis"
      aria-busy={updating}
      sx={{ mb: 2, opacity: updating ? 0.6 : 1, transition: 'opacity 0.2s' }}
    >
      {stats && (
        <>
          <Grid size={cell}>
            <KpiCard
              id="total"
              label={t('total')}
              value={formatCount(stats.total)}
              hint={
                <>
                  <Change label={t('yoy')} change={stats.yearOnYearChange} testId="kpi-total-yoy" />
                  <Change label={t('mom')} change={stats.periodChange} testId="kpi-total-mom" />
                </>
              }
            />
          </Grid>
          <Grid size={cell}>
            <KpiCard
              id="resolutionRate"
              accent="#2e7d32"
              label={t('resolutionRate')}
              value={formatRate(stats.resolutionRate)}
              hint={t('closed', { count: formatCount(stats.closed) })}
            />
          </Grid>
          <Grid size={cell}>
            <KpiCard
              id="onTimeRate"
              accent="#00838f"
              label={t('onTimeRate')}
              value={formatRate(stats.onTimeRate)}
              hint={t('onTimeHint')}
            />
          </Grid>
          <Grid size={cell}>
            <KpiCard
              id="satisfactionRate"
              accent="#6a1b9a"
              label={t('satisfactionRate')}
              value={formatRate(stats.satisfactionRate)}
              hint={t('satisfactionHint')}
            />
          </Grid>
          <Grid size={cell}>
            <KpiCard
              id="repeat"
              accent="#ef6c00"
              label={t('repeat')}
              value={formatCount(stats.repeat)}
              hint={t('share', { share: formatRate(stats.total > 0 ? stats.repeat / stats.total : null) })}
            />
          </Grid>
          <Grid size={cell}>
            <KpiCard
              id="crossLevel"
              accent="#ad1457"
              label={t('crossLevel')}
              value={formatCount(stats.crossLevel)}
              hint={t('group', { count: formatCount(stats.group) })}
            />
          </Grid>
        </>
      )}
      {overdueCount !== undefined && (
        <Grid size={cell}>
          <KpiCard
            id="overdue"
            accent="#c62828"
            label={t('overdue')}
            value={formatCount(overdueCount)}
            hint={t('overdueUnits', { count: overdueUnits })}
          />
        </Grid>
      )}
      {reliefNet !== undefined && (
        <Grid size={cell}>
          <KpiCard
            id="relief"
            accent="#f9a825"
            label={t('relief')}
            value={formatFen(String(reliefNet))}
            hint={t('payments', { count: formatCount(reliefPayments) })}
          />
        </Grid>
      )}
    </Grid>
  );
}
