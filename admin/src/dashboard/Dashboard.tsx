import { Alert, Box, Card, CardContent, Grid, Typography } from '@mui/material';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { hasRole } from '../auth/roles';
import { UnmaintainedDeadlinesAlert } from '../cases/calendar/UnmaintainedDeadlinesAlert';
import { CategoryChart, OverdueChart } from './BreakdownCharts';
import { KpiRow } from './KpiRow';
import { PeriodBar } from './PeriodBar';
import { ReliefChart } from './ReliefChart';
import { OBJECTION_READERS, RELIEF_READERS, STATISTICS_READERS } from './roles';
import { HotSpotsTable, ObjectionsTable, UnitsTable } from './SmallTables';
import { TownshipMap } from './TownshipMap';
import { ChannelTrendChart, RatesTrendChart, RepeatTrendChart } from './TrendCharts';
import { useDashboardData } from './useDashboardData';
import { useDashboardFilter } from './useDashboardFilter';

/** The first screen after sign-in (首页/数据看板): the figures the role may read, for a period and a township. */
export function Dashboard() {
  const { permissions, isPending } = usePermissions<string[]>();
  const translate = useTranslate();
  if (isPending) return <Title title="onedoor.dashboard.title" />;
  const may = {
    statistics: hasRole(permissions, STATISTICS_READERS),
    objections: hasRole(permissions, OBJECTION_READERS),
    relief: hasRole(permissions, RELIEF_READERS),
  };
  if (!may.statistics && !may.relief) {
    return (
      <Box sx={{ mt: 2 }}>
        <Title title="onedoor.dashboard.title" />
        <Card data-testid="dashboard-welcome">
          <CardContent>
            <Typography variant="h5" gutterBottom>
              {translate('onedoor.dashboard.welcome.title')}
            </Typography>
            <Typography color="text.secondary">{translate('onedoor.dashboard.welcome.body')}</Typography>
          </CardContent>
        </Card>
      </Box>
    );
  }
  return <Figures may={may} handlerOnly={!may.objections && hasRole(permissions, ['HANDLER'])} />;
}

function Figures({
  may,
  handlerOnly,
}: {
  may: { statistics: boolean; objections: boolean; relief: boolean };
  handlerOnly: boolean;
}) {
  const translate = useTranslate();
  const scope = useDashboardFilter();
  const data = useDashboardData(scope, may);
  const township = data.townships.find((t) => t.id === scope.filter.townshipId) ?? null;
  const stats = data.summary.data?.stats;
  return (
    <Box sx={{ mt: 2, mb: 4 }} data-testid="dashboard">
      <Title title="onedoor.dashboard.title" />
      <Typography variant="h5" sx={{ fontWeight: 600, mb: 0.5 }}>
        {translate('onedoor.dashboard.title')}
      </Typography>
      {handlerOnly && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('onedoor.dashboard.handlerScope')}
        </Typography>
      )}
      <PeriodBar scope={scope} townships={data.townships} />
      {may.objections && <UnmaintainedDeadlinesAlert />}
      {data.error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {translate(data.error.message, { _: data.error.message })}
        </Alert>
      )}
      <KpiRow
        stats={stats}
        overdue={data.overdue.data}
        relief={data.relief}
        reliefTownshipId={scope.filter.townshipId}
        updating={data.updating}
      />
      <Grid container spacing={2}>
        {may.statistics && (
          <>
            <Grid size={{ xs: 12, lg: 8 }}>
              <ChannelTrendChart trend={data.trend} loading={data.trendLoading} />
            </Grid>
            <Grid size={{ xs: 12, lg: 4 }}>
              <CategoryChart summary={data.summary.data} loading={data.summary.isPending} />
            </Grid>
            <Grid size={{ xs: 12, lg: 6 }}>
              <RatesTrendChart trend={data.trend} loading={data.trendLoading} />
            </Grid>
            <Grid size={{ xs: 12, lg: 6 }}>
              <RepeatTrendChart trend={data.trend} loading={data.trendLoading} />
            </Grid>
            <Grid size={{ xs: 12, lg: 7 }}>
              <TownshipMap byTownship={stats?.byTownship} townships={data.townships} loading={data.summary.isPending} />
            </Grid>
            <Grid size={{ xs: 12, lg: 5 }}>
              <OverdueChart overdue={data.overdue.data} loading={data.overdue.isPending} />
            </Grid>
          </>
        )}
        {may.relief && (
          <Grid size={{ xs: 12, lg: may.statistics ? 6 : 12 }}>
            <ReliefChart trend={data.reliefTrend} township={township} loading={data.reliefLoading} />
          </Grid>
        )}
        {may.statistics && (
          <>
            <Grid size={{ xs: 12, lg: 6 }}>
              <HotSpotsTable stats={stats} loading={data.summary.isPending} />
            </Grid>
            <Grid size={{ xs: 12, lg: 6 }}>
              <UnitsTable stats={stats} loading={data.summary.isPending} />
            </Grid>
          </>
        )}
        {may.objections && (
          <Grid size={{ xs: 12, lg: 6 }}>
            <ObjectionsTable result={data.objections.data} loading={data.objections.isPending} />
          </Grid>
        )}
      </Grid>
    </Box>
  );
}
