import { Datagrid, List, SearchInput, SelectArrayInput, TextField } from 'react-admin';
import { DateTimeField, EnumField, enumChoices } from '../format/fields';
import { CASE_STATUSES, CHANNELS } from './enums';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectArrayInput key="status" source="status" choices={enumChoices('CaseStatus', CASE_STATUSES)} />,
  <SelectArrayInput key="channel" source="channel" choices={enumChoices('Channel', CHANNELS)} />,
];

export function CaseList() {
  return (
    <List filters={filters} sort={{ field: 'receivedAt', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="number" />
        <TextField source="title" sortable={false} />
        <EnumField source="status" enumName="CaseStatus" sortable={false} />
        <EnumField source="channel" enumName="Channel" sortable={false} />
        <TextField source="category.name" sortable={false} />
        <TextField source="place.name" sortable={false} />
        <DateTimeField source="receivedAt" />
        <DateTimeField source="deadlineAt" />
      </Datagrid>
    </List>
  );
}
