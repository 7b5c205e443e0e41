import { CreateButton, Datagrid, List, SelectArrayInput, TextField } from 'react-admin';
import { DateTimeField, EnumField, enumChoices } from '../../format/fields';
import { MONEY_COLUMNS } from '../fields';
import { formatFen } from '../../format/money';
import { formatDateTime } from '../../format/time';
import { FUND_WORKERS } from '../roles';
import { ListActions } from '../../shared/ListActions';
import type { RoleButton } from '../../shared/RoleToolbar';
import { type CsvColumn } from '../../shared/ExportCsvButton';
import { FundPicker } from '../inputs';
import type { ApplicationRecord } from './types';

const filters = [
  <SelectArrayInput key="status" source="status" choices={enumChoices('ReliefApplicationStatus')} alwaysOn />,
  <FundPicker key="fundId" source="fundId" label="resources.reliefApplications.fields.fundId" isRequired={false} />,
];

const columns: CsvColumn<ApplicationRecord>[] = [
  { label: 'resources.reliefApplications.fields.proposedAt', value: (r) => formatDateTime(r.proposedAt) },
  { label: 'resources.reliefApplications.fields.person.name', value: (r) => r.person.name },
  { label: 'resources.reliefApplications.fields.fund.name', value: (r) => r.fund.name },
  { label: 'resources.reliefApplications.fields.case.number', value: (r) => r.case?.number },
  { label: 'resources.reliefApplications.fields.amount', value: (r) => formatFen(r.amount) },
  {
    label: 'resources.reliefApplications.fields.status',
    value: (r, t) => t(`enums.ReliefApplicationStatus.${r.status}`),
  },
  { label: 'resources.reliefApplications.fields.reason', value: (r) => r.reason },
  { label: 'resources.reliefApplications.fields.proposedBy.person.name', value: (r) => r.proposedBy?.person?.name },
];

const ADDS: RoleButton[] = [[FUND_WORKERS, <CreateButton key="propose" label="onedoor.funds.actions.propose" />]];

/** Relief applications (救助申请), newest proposal first. */
export function ReliefList() {
  return (
    <List
      filters={filters}
      actions={<ListActions columns={columns} filename="relief-applications" adds={ADDS} />}
      empty={false}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <DateTimeField source="proposedAt" sortable={false} />
        {MONEY_COLUMNS}
        <EnumField source="status" enumName="ReliefApplicationStatus" sortable={false} />
        <TextField source="proposedBy.person.name" sortable={false} />
      </Datagrid>
    </List>
  );
}
