import { useState } from 'react';
import {
  Alert,
  Box,
  Card,
  CardContent,
  CardHeader,
  LinearProgress,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/GetApp';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Button, Title, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { OneDoorDataProvider } from '../../data/provider';
import { useGraphQLQuery } from '../../data/hooks';
import { todayInShanghai } from '../../format/time';
import { useHasRole } from '../../auth/roles';
import { KNOWN_SPECIALTIES } from '../enums';
import { downloadText } from '../download';
import { useSpecialtyLabel } from '../fields';
import { COVERAGE_GAPS, EXPORT_POOL, POOL_STATS } from '../operations';
import { POOL_MANAGERS } from '../roles';
import { CoverageLevel, Pool } from '../../generated/enums';

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

function Figure({ label, value }: { label: string; value: number }) {
  const translate = useTranslate();
  return (
    <Box sx={{ minWidth: 140 }}>
      <Typography variant="body2" color="text.secondary">
        {translate(label)}
      </Typography>
      <Typography variant="h4" data-testid={label}>
        {value}
      </Typography>
    </Box>
  );
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
          <Figure label="onedoor.people.pools.active" value={stats.active} />
          <Figure label="onedoor.people.pools.total" value={stats.total} />
          <Figure label="onedoor.people.pools.withoutGridUnit" value={stats.withoutGridUnit} />
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
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('onedoor.people.pools.township')}</TableCell>
                  <TableCell align="right">{translate('onedoor.people.pools.active')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {stats.byTownship.map((t) => (
                  <TableRow key={t.township.id}>
                    <TableCell>{t.township.name}</TableCell>
                    <TableCell align="right">{t.count}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
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
          <TextField
            select
            size="small"
            label={translate('resources.mediators.fields.specialty')}
            value={specialty}
            onChange={(e) => setSpecialty(e.target.value)}
            sx={{ minWidth: 180 }}
          >
            {KNOWN_SPECIALTIES.map((s) => (
              <MenuItem key={s} value={s}>
                {label(s)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            size="small"
            label={translate('onedoor.people.pools.level')}
            value={level}
            onChange={(e) => setLevel(e.target.value)}
            sx={{ minWidth: 180 }}
          >
            {CoverageLevel.map((l) => (
              <MenuItem key={l} value={l}>
                {translate(`enums.CoverageLevel.${l}`)}
              </MenuItem>
            ))}
          </TextField>
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
  const translate = useTranslate();
  const canExport = useHasRole(...POOL_MANAGERS);
  const [pool, setPool] = useState<string>('PEOPLES_MEDIATOR');
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="onedoor.people.pools.title" />
      <Stack direction="row" spacing={2} alignItems="center" sx={{ mb: 2 }}>
        <TextField
          select
          size="small"
          label={translate('resources.mediators.fields.pool')}
          value={pool}
          onChange={(e) => setPool(e.target.value)}
          fullWidth={false}
          sx={{ minWidth: 240 }}
        >
          {Pool.map((p) => (
            <MenuItem key={p} value={p}>
              {translate(`enums.Pool.${p}`)}
            </MenuItem>
          ))}
        </TextField>
        {canExport && <ExportPoolButton pool={pool} />}
      </Stack>
      <Stats pool={pool} />
      <CoverageGaps pool={pool} />
    </Box>
  );
}
