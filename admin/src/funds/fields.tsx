import { TextField } from 'react-admin';
import { MoneyField } from '../format/fields';
import { formatFen } from '../format/money';
import type { CsvColumn } from '../shared/ExportCsvButton';
import { fieldNameOf } from '../i18n/fieldNames';

/**
 * The columns every list of money shows: to whom, from which fund, for which case, how much. The funds API
 * sorts none of its lists, so no column offers sorting.
 */
export const MONEY_COLUMNS = [
  <TextField key="person" source="person.name" sortable={false} />,
  <TextField key="fund" source="fund.name" sortable={false} />,
  <TextField key="case" source="case.number" sortable={false} emptyText="onedoor.common.none" />,
  <MoneyField key="amount" source="amount" sortable={false} />,
];

interface MoneyRow {
  amount: string;
  fund: { name: string };
  person: { name: string };
  case: { number: string } | null;
}

/** The export's columns of MONEY_COLUMNS, headed by the resource's field names. */
export function moneyCsvColumns<R extends MoneyRow>(resource: string): CsvColumn<R>[] {
  const label = fieldNameOf(resource);
  return [
    { label: label('person.name'), value: (r) => r.person.name },
    { label: label('fund.name'), value: (r) => r.fund.name },
    { label: label('case.number'), value: (r) => r.case?.number },
    { label: label('amount'), value: (r) => formatFen(r.amount) },
  ];
}
