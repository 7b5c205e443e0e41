import type { ReactNode } from 'react';
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

/** One card: its id (also its label's key and test id), colour, figure and line of context. */
interface Kpi {
  id: string;
  accent?: string;
  value: string;
  hint: ReactNode;
}
type T = (key: string, options?: Record<string, unknown>) => string;

/** The case figures of the period, the total with its change against last year and the previous period. */
function caseKpis(stats: CaseStatistics, t: T): Kpi[] {
  const share = formatRate(stats.total > 0 ? stats.repeat / stats.total : null);
  const total = (
    <>
      <Change label={t('yoy')} change={stats.yearOnYearChange} testId="kpi-total-yoy" />
      <Change label={t('mom')} change={stats.periodChange} testId="kpi-total-mom" />
    </>
  );
  return [
    { id: 'total', value: formatCount(stats.total), hint: total },
    {
      id: 'resolutionRate',
      accent: '#2e7d32',
      value: formatRate(stats.resolutionRate),
      hint: t('closed', { count: formatCount(stats.closed) }),
    },
    { id: 'onTimeRate', accent: '#00838f', value: formatRate(stats.onTimeRate), hint: t('onTimeHint') },
    {
      id: 'satisfactionRate',
      accent: '#6a1b9a',
      value: formatRate(stats.satisfactionRate),
      hint: t('satisfactionHint'),
    },
    { id: 'repeat', accent: '#ef6c00', value: formatCount(stats.repeat), hint: t('share', { share }) },
    {
      id: 'crossLevel',
      accent: '#ad1457',
      value: formatCount(stats.crossLevel),
      hint: t('group', { count: formatCount(stats.group) }),
    },
  ];
}

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
  const cards: Kpi[] = [
    ...(stats ? caseKpis(stats, t) : []),
    ...(overdueCount === undefined
      ? []
      : [
          {
            id: 'overdue',
            accent: '#c62828',
            value: formatCount(overdueCount),
            hint: t('overdueUnits', { count: overdueUnits }),
          },
        ]),
    ...(reliefNet === undefined
      ? []
      : [
          {
            id: 'relief',
            accent: '#f9a825',
            value: formatFen(String(reliefNet)),
            hint: t('payments', { count: formatCount(reliefPayments) }),
          },
        ]),
  ];
  return (
    <Grid
      container
      spacing={2}
      data-testid="kpis"
      aria-busy={updating}
      sx={{ mb: 2, opacity: updating ? 0.6 : 1, transition: 'opacity 0.2s' }}
    >
      {cards.map((card) => (
        <Grid key={card.id} size={cell}>
          <KpiCard {...card} label={t(card.id)} />
        </Grid>
      ))}
    </Grid>
  );
}
