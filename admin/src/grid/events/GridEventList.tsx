import { BooleanInput, SelectArrayInput, TextField, useRecordContext, useTranslate } from 'react-admin';
import { ReferencePicker } from '../../shared/ReferencePicker';
import { OrganisationPicker } from '../../shared/OrganisationPicker';
import { Chip } from '@mui/material';
import { DateTimeField, EnumField, enumChoices } from '../../format/fields';
import { formatDateTime } from '../../format/time';
import { RecordList } from '../../shared/RecordList';
import { type CsvColumn } from '../../shared/ExportCsvButton';

interface EventRow {
  id: string;
  title: string;
  status: string;
  overdue: boolean;
  place: string | null;
  occurredAt: string;
  reportedAt: string;
  responseDueAt: string | null;
  gridUnit: { name: string };
  whistledTo: { name: string } | null;
}

const columns: CsvColumn<EventRow>[] = [
  { label: 'resources.gridEvents.fields.title', value: (r) => r.title },
  { label: 'resources.gridEvents.fields.status', value: (r, t) => t(`enums.GridEventStatus.${r.status}`) },
  { label: 'resources.gridEvents.fields.gridUnit.name', value: (r) => r.gridUnit.name },
  { label: 'resources.gridEvents.fields.place', value: (r) => r.place },
  { label: 'resources.gridEvents.fields.whistledTo.name', value: (r) => r.whistledTo?.name },
  { label: 'resources.gridEvents.fields.reportedAt', value: (r) => formatDateTime(r.reportedAt) },
  { label: 'resources.gridEvents.fields.responseDueAt', value: (r) => formatDateTime(r.responseDueAt) },
  {
    label: 'resources.gridEvents.fields.overdue',
    value: (r, t) => t(r.overdue ? 'onedoor.common.yes' : 'onedoor.common.no'),
  },
];

const filters = [
  <SelectArrayInput key="status" source="status" choices={enumChoices('GridEventStatus')} alwaysOn />,
  <ReferencePicker key="withinId" source="withinId" reference="gridUnits" sortBy="code" fullWidth={false} />,
  <OrganisationPicker key="organisationId" source="organisationId" reference="organisations" fullWidth={false} />,
  <BooleanInput key="overdue" source="overdue" />,
];

// `label` is read by the Datagrid for the column header.
function Overdue(_: { label?: string }) {
  const record = useRecordContext<EventRow>();
  const translate = useTranslate();
  return record?.overdue ? (
    <Chip size="small" color="error" label={translate('resources.gridEvents.fields.overdue')} />
  ) : null;
}

/** Events found on patrol (网格事件), newest first; a handler or partner sees its own organisation's. */
export function GridEventList() {
  return (
    <RecordList filters={filters} columns={columns}>
      <TextField source="title" sortable={false} />
      <EnumField source="status" enumName="GridEventStatus" sortable={false} />
      <Overdue label="resources.gridEvents.fields.overdue" />
      <TextField source="gridUnit.name" sortable={false} />
      <TextField source="whistledTo.name" sortable={false} />
      <DateTimeField source="reportedAt" sortable={false} />
      <DateTimeField source="responseDueAt" sortable={false} />
    </RecordList>
  );
}
