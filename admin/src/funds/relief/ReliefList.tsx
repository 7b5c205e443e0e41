import { CreateButton, SelectArrayInput, TextField } from 'react-admin';
import { DateTimeField, EnumField, enumChoices } from '../../format/fields';
import { MONEY_COLUMNS, moneyCsvColumns } from '../fields';
import { formatDateTime } from '../../format/time';
import { FUND_WORKERS } from '../roles';
import { RecordList } from '../../shared/RecordList';
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
  ...moneyCsvColumns<ApplicationRecord>('reliefApplications'),
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
    <RecordList filters={filters} columns={columns} adds={ADDS} empty={false}>
      <DateTimeField source="proposedAt" sortable={false} />
      {MONEY_COLUMNS}
      <EnumField source="status" enumName="ReliefApplicationStatus" sortable={false} />
      <TextField source="proposedBy.person.name" sortable={false} />
    </RecordList>
  );
}
