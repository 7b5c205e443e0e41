import {
  Datagrid,
  ListContextProvider,
  Pagination,
  TextField,
  useList,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Alert, Box, Typography } from '@mui/material';
import { useGraphQLQuery } from '../../data/hooks';
import { DateTimeField, EnumField, MoneyField } from '../../format/fields';
import { formatFen } from '../../format/money';
import { FUND_LEDGER } from '../operations';
import { type Entry, type LedgerRow, withRunningBalance } from './runningBalance';

/** The API caps a page at 200; the ledger shows the fund's newest 200 entries. */
const NEWEST = 200;

/** The entry's lines as debits and credits (借方 money in, 贷方 money out), each on its fund or outside account. */
function LinesField({ label: _label }: { label?: string }) {
  const entry = useRecordContext<LedgerRow>();
  const translate = useTranslate();
  if (!entry) return null;
  return (
    <Box component="table" sx={{ borderCollapse: 'collapse', fontSize: '0.8rem', '& td': { pr: 2 } }}>
      <tbody>
        {entry.lines.map((line, i) => {
          const amount = BigInt(line.amount);
          const account = line.fund
            ? line.fund.name
            : translate(`enums.ExternalAccount.${line.externalAccount ?? 'BUDGET'}`);
          return (
            <tr key={i}>
              <td>{account}</td>
              <td>{amount > 0n ? `${translate('onedoor.funds.ledger.debit')} ${formatFen(amount)}` : ''}</td>
              <td>{amount < 0n ? `${translate('onedoor.funds.ledger.credit')} ${formatFen(-amount)}` : ''}</td>
            </tr>
          );
        })}
      </tbody>
    </Box>
  );
}

/** A fund's ledger (明细账): its journal entries with their lines and the balance after each. */
export function FundLedger() {
  const fund = useRecordContext<{ id: string; balance: string }>();
  const translate = useTranslate();
  const { data, isPending, error } = useGraphQLQuery<{ journalEntries: { totalCount: number; nodes: Entry[] } }>(
    FUND_LEDGER,
    { filter: { fundId: fund?.id }, first: NEWEST },
    { enabled: !!fund },
  );
  const rows = fund && data ? withRunningBalance(fund.id, fund.balance, data.journalEntries.nodes) : [];
  const list = useList({ data: rows, isPending, perPage: 25, resource: 'journalEntries' });
  if (error)
    return <Alert severity="error">{translate('onedoor.funds.errors.refused', { message: error.message })}</Alert>;
  const total = data?.journalEntries.totalCount ?? 0;
  return (
    <ListContextProvider value={list}>
      {total > NEWEST && (
        <Typography variant="body2">{translate('onedoor.funds.ledger.newest', { shown: NEWEST, total })}</Typography>
      )}
      <Datagrid
        bulkActionButtons={false}
        rowClick={false}
        empty={<Typography>{translate('onedoor.common.empty')}</Typography>}
      >
        <DateTimeField source="occurredAt" label="resources.journalEntries.fields.occurredAt" sortable={false} />
        <EnumField source="kind" enumName="EntryKind" label="resources.journalEntries.fields.kind" sortable={false} />
        <TextField source="memo" label="resources.journalEntries.fields.memo" sortable={false} />
        <MoneyField source="fundIn" label="resources.journalEntries.fields.fundIn" sortable={false} />
        <MoneyField source="fundOut" label="resources.journalEntries.fields.fundOut" sortable={false} />
        <MoneyField source="balanceAfter" label="resources.journalEntries.fields.balanceAfter" sortable={false} />
        <LinesField label="resources.journalEntries.fields.lines" />
      </Datagrid>
      <Pagination rowsPerPageOptions={[25, 50, 100]} />
    </ListContextProvider>
  );
}
