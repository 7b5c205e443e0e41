import { useState } from 'react';
import { Alert, Box, Card, CardContent, CardHeader, LinearProgress, Stack, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/GetApp';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Button, Title, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { OneDoorDataProvider } from '../../data/provider';
import { useGraphQLQuery } from '../../data/hooks';
import { todayInShanghai } from '../../format/time';
import { useHasRole } from '../../auth/roles';
import { Figure } from '../../shared/Figure';
import { PlainSelect, useEnumOptions } from '../../shared/PlainInputs';
import { PoolSelect } from '../inputs';
import { SimpleTable } from '../../shared/SimpleTable';
import { KNOWN_SPECIALTIES } from '../enums';
import { downloadText } from '../download';
import { useSpecialtyLabel } from '../fields';
import { COVERAGE_GAPS, EXPORT_POOL, POOL_STATS } from '../operations';
import { POOL_MANAGERS } from '../roles';

interface PoolStats {
  pool: string;
  active: number;
  total: number;
  withoutGridUnit: number;
  bySpecialty: { specialty: string; count: number }[];
  byTownship: { township: { id: string; name: string }; count: number }[];
}
interface GapReport {
  specialty: string;
  unitsChecked: number;
  gaps: { id: string; name: string; code: string }[];
}

function ExportPoolButton({ pool }: { pool: string }) {
  const dataProvider = useDataProvider<OneDoorDataProvider>();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const { exportPool } = await dataProvider.graphql<{ exportPool: string }>(EXPORT_POOL, { pool });
      downloadText(`pool-${pool}-${todayInShanghai()}.csv`, exportPool);
    } catch (error) {
      notify((error as Error).message, { type: 'error', messageArgs: { _: (error as Error).message } });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label="onedoor.people.pools.export" onClick={() => void run()} disabled={busy}>
      <DownloadIcon />
    </Button>
  );
}

function Stats({ pool }: { pool: string }) {
  const translate = useTranslate();
  const specialty = useSpecialtyLabel();
  const { data, isPending, error } = useGraphQLQuery<{ poolStats: PoolStats }>(POOL_STATS, { pool });
  if (isPending) return <LinearProgress />;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  const stats = data.poolStats;
  const chart = stats.bySpecialty.map((s) => ({ name: specialty(s.specialty), count: s.count }));
  return (
    <Card sx={{ mb: 2 }}>
      <CardHeader title={translate('onedoor.people.pools.statsTitle', { pool: translate(`enums.Pool.${pool}`) })} />
      <CardContent>
        <Stack direction="row" spacing={4} sx={{ mb: 2 }}>
          <Figure
            label="onedoor.people.pools.active"
            value={stats.active}
            testId="onedoor.people.pools.active"
            size="h4"
          />
          <Figure
            label="onedoor.people.pools.total"
            value={stats.total}
            testId="onedoor.people.pools.total"
            size="h4"
          />
          <Figure
            label="onedoor.people.pools.withoutGridUnit"
            value={stats.withoutGridUnit}
            testId="onedoor.people.pools.withoutGridUnit"
            size="h4"
          />
        </Stack>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <Box sx={{ flex: 1, height: 260 }}>
            <Typography variant="subtitle2">{translate('onedoor.people.pools.bySpecialty')}</Typography>
            {chart.length === 0 ? (
              <Typography variant="body2">{translate('onedoor.common.empty')}</Typography>
            ) : (
              <ResponsiveContainer width="100%" height={230}>
                <BarChart data={chart}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="name" />
                  <YAxis allowDecimals={false} />
                  <Tooltip formatter={(v) => [v, translate('onedoor.people.pools.active')]} />
                  <Bar dataKey="count" fill="#1976d2" isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
            )}
          </Box>
          <Box sx={{ flex: 1 }}>
            <Typography variant="subtitle2">{translate('onedoor.people.pools.byTownship')}</Typography>
            <SimpleTable
              rows={stats.byTownship}
              rowKey={(t) => t.township.id}
              columns={[
                { label: 'onedoor.people.pools.township', value: (t) => t.township.name },
                { label: 'onedoor.people.pools.active', value: (t) => t.count, numeric: true },
              ]}
            />
          </Box>
        </Stack>
      </CardContent>
    </Card>
  );
}

function CoverageGaps({ pool }: { pool: string }) {
  const translate = useTranslate();
  const label = useSpecialtyLabel();
  const [specialty, setSpecialty] = useState<string>('family');
  const levelOptions = useEnumOptions('CoverageLevel');
  const specialties = KNOWN_SPECIALTIES.map((value) => ({ value, label: label(value) }));
  const [level, setLevel] = useState<string>('TOWNSHIP');
  const { data, isPending, error } = useGraphQLQuery<{ coverageGaps: GapReport }>(COVERAGE_GAPS, {
    input: { specialty, pool, level },
  });
  return (
    <Card>
      <CardHeader
        title={translate('onedoor.people.pools.gapsTitle')}
        subheader={translate('onedoor.people.pools.gapsIntro')}
      />
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
          <PlainSelect
            label="resources.mediators.fields.specialty"
            value={specialty}
            onChange={setSpecialty}
            options={specialties}
          />
          <PlainSelect label="onedoor.people.pools.level" value={level} onChange={setLevel} options={levelOptions} />
        </Stack>
        {isPending && <LinearProgress />}
        {error && <Alert severity="error">{error.message}</Alert>}
        {data && (
          <>
            <Typography variant="body2" sx={{ mb: 1 }} data-testid="coverage-summary">
              {translate('onedoor.people.pools.gapsSummary', {
                checked: data.coverageGaps.unitsChecked,
                gaps: data.coverageGaps.gaps.length,
              })}
            </Typography>
            {data.coverageGaps.gaps.length === 0 ? (
              <Alert severity="success">{translate('onedoor.people.pools.noGaps')}</Alert>
            ) : (
              <Typography variant="body2">{data.coverageGaps.gaps.map((g) => g.name).join('、')}</Typography>
            )}
          </>
        )}
      </CardContent>
    </Card>
  );
}

/** Pool overview (人才库概况): size by specialty and township, coverage gaps, and the pool's export. */
export function PoolOverview() {
  const canExport = useHasRole(...POOL_MANAGERS);
  const [pool, setPool] = useState<string>('PEOPLES_MEDIATOR');
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="onedoor.people.pools.title" />
      <Stack direction="row" spacing={2} alignItems="center" sx={{ mb: 2 }}>
        <PoolSelect value={pool} onChange={setPool} />
        {canExport && <ExportPoolButton pool={pool} />}
      </Stack>
      <Stats pool={pool} />
      <CoverageGaps pool={pool} />
    </Box>
  );
}
