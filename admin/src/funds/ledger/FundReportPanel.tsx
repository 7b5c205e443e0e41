import { useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { Alert, Stack, Table, TableBody, TableCell, TableRow } from '@mui/material';
import { useGraphQLQuery } from '../../data/hooks';
import { formatFen } from '../../format/money';
import { todayInShanghai } from '../../format/time';
import { PlainDate } from '../../shared/PlainInputs';
import { FUND_REPORT } from '../operations';

interface FundReport {
  openingBalance: string;
  allocations: string;
  disbursements: string;
  reversals: string;
  transfersIn: string;
  transfersOut: string;
  closingBalance: string;
}
const FIGURES: (keyof FundReport)[] = [
  'openingBalance',
  'allocations',
  'disbursements',
  'reversals',
  'transfersIn',
  'transfersOut',
  'closingBalance',
];

/** A period picker: first and last day (Beijing calendar), this year so far by default. */
export function usePeriod() {
  const today = todayInShanghai();
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  return { from, to, setFrom, setTo };
}

export function PeriodInputs({ period }: { period: ReturnType<typeof usePeriod> }) {
  return (
    <Stack direction="row" spacing={2} sx={{ my: 2 }}>
      <PlainDate label="onedoor.common.from" value={period.from} onChange={period.setFrom} />
      <PlainDate label="onedoor.common.to" value={period.to} onChange={period.setTo} />
    </Stack>
  );
}

/** fundReport: the fund's money over a period (资金收支表), every figure from the ledger. */
export function FundReportPanel() {
  const fund = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const period = usePeriod();
  const valid =
    /^\d{4}-\d{2}-\d{2}$/.test(period.from) && /^\d{4}-\d{2}-\d{2}$/.test(period.to) && period.from <= period.to;
  const { data, error } = useGraphQLQuery<{ fundReport: FundReport }>(
    FUND_REPORT,
    { fundId: fund?.id, from: period.from, to: period.to },
    { enabled: !!fund && valid },
  );
  return (
    <>
      <PeriodInputs period={period} />
      {!valid && <Alert severity="warning">{translate('onedoor.funds.report.badPeriod')}</Alert>}
      {error && <Alert severity="error">{translate('onedoor.funds.errors.refused', { message: error.message })}</Alert>}
      {data && valid && (
        <Table size="small" sx={{ maxWidth: 480 }}>
          <TableBody>
            {FIGURES.map((figure) => (
              <TableRow key={figure}>
                <TableCell>{translate(`onedoor.funds.report.${figure}`)}</TableCell>
                <TableCell align="right">{formatFen(data.fundReport[figure])}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
