import { Title, useTranslate } from 'react-admin';
import {
  Alert,
  Card,
  CardContent,
  Grid,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useGraphQLQuery } from '../../data/hooks';
import { formatFen } from '../../format/money';
import { type LegalAidReport, RELIEF_REPORTS } from '../operations';
import { PeriodInputs, usePeriod } from '../ledger/FundReportPanel';

interface Total {
  kind?: string | null;
  township?: { name: string } | null;
  vulnerability?: string | null;
  paid: string;
  reversed: string;
  net: string;
  payments: number;
}
interface Answer {
  reliefTotals: { byKind: Total[]; byTownship: Total[]; byVulnerability: Total[] };
  legalAidReport: LegalAidReport;
}

function TotalsTable({ title, rows, name }: { title: string; rows: Total[]; name: (row: Total) => string }) {
  const translate = useTranslate();
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6">{translate(title)}</Typography>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell />
              {['payments', 'paid', 'reversed', 'net'].map((k) => (
                <TableCell key={k} align="right">
                  {translate(`onedoor.funds.reports.${k}`)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r, i) => (
              <TableRow key={i}>
                <TableCell>{name(r)}</TableCell>
                <TableCell align="right">{r.payments}</TableCell>
                <TableCell align="right">{formatFen(r.paid)}</TableCell>
                <TableCell align="right">{formatFen(r.reversed)}</TableCell>
                <TableCell align="right">{formatFen(r.net)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}

/** /relief/reports: relief paid by fund kind, township and vulnerable group, and legal aid, over a period. */
export function ReliefReports() {
  const translate = useTranslate();
  const period = usePeriod();
  const valid =
    period.from <= period.to && /^\d{4}-\d{2}-\d{2}$/.test(period.from) && /^\d{4}-\d{2}-\d{2}$/.test(period.to);
  const { data, error } = useGraphQLQuery<Answer>(
    RELIEF_REPORTS,
    { from: period.from, to: period.to },
    { enabled: valid },
  );
  const none = translate('onedoor.funds.reports.unassigned');
  const chart = (data?.reliefTotals.byKind ?? []).map((r) => ({
    name: translate(`enums.FundKind.${r.kind ?? 'WORK_FUND'}`),
    yuan: Number(BigInt(r.net) / 100n),
  }));
  const aid = data?.legalAidReport;
  return (
    <Card>
      <Title title="onedoor.funds.menu.reports" />
      <CardContent>
        <PeriodInputs period={period} />
        {!valid && <Alert severity="warning">{translate('onedoor.funds.report.badPeriod')}</Alert>}
        {error && (
          <Alert severity="error">{translate('onedoor.funds.errors.refused', { message: error.message })}</Alert>
        )}
        {data && (
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: 6 }}>
              <Typography variant="h6">{translate('onedoor.funds.reports.netByKind')}</Typography>
              <ResponsiveContainer width="100%" height={260}>
                <BarChart data={chart}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="name" interval={0} tick={{ fontSize: 11 }} angle={-25} textAnchor="end" height={70} />
                  <YAxis />
                  <Tooltip formatter={(v) => `¥${Number(v).toLocaleString('zh-CN')}`} />
                  <Bar dataKey="yuan" name={translate('onedoor.funds.reports.net')} fill="#1976d2" />
                </BarChart>
              </ResponsiveContainer>
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <TotalsTable
                title="onedoor.funds.reports.byKind"
                rows={data.reliefTotals.byKind}
                name={(r) => translate(`enums.FundKind.${r.kind ?? 'WORK_FUND'}`)}
              />
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <TotalsTable
                title="onedoor.funds.reports.byTownship"
                rows={data.reliefTotals.byTownship}
                name={(r) => r.township?.name ?? none}
              />
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <TotalsTable
                title="onedoor.funds.reports.byVulnerability"
                rows={data.reliefTotals.byVulnerability}
                name={(r) => (r.vulnerability ? translate(`enums.Vulnerability.${r.vulnerability}`) : none)}
              />
            </Grid>
            {aid && (
              <Grid size={12}>
                <Card variant="outlined">
                  <CardContent>
                    <Typography variant="h6">{translate('onedoor.funds.reports.legalAid')}</Typography>
                    <Typography variant="body2">
                      {translate('onedoor.funds.reports.legalAidLine', { ...aid, recovered: formatFen(aid.recovered) })}
                    </Typography>
                  </CardContent>
                </Card>
              </Grid>
            )}
          </Grid>
        )}
      </CardContent>
    </Card>
  );
}
