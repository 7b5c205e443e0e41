import { TextField } from 'react-admin';
import { MoneyField } from '../format/fields';

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
