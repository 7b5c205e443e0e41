import { CreateButton, SearchInput, SelectInput, TextField } from 'react-admin';
import { ReferencePicker } from '../../shared/ReferencePicker';
import { EnumField, enumChoices } from '../../format/fields';
import { RecordList } from '../../shared/RecordList';
import type { RoleButton } from '../../shared/RoleToolbar';
import { type CsvColumn } from '../../shared/ExportCsvButton';
import { GRID_ADMINS } from '../roles';

interface UnitRow {
  id: string;
  code: string;
  name: string;
  level: string;
  parent: { name: string } | null;
}

const columns: CsvColumn<UnitRow>[] = [
  { label: 'resources.gridUnits.fields.code', value: (r) => r.code },
  { label: 'resources.gridUnits.fields.name', value: (r) => r.name },
  { label: 'resources.gridUnits.fields.level', value: (r, t) => t(`enums.GridLevel.${r.level}`) },
  { label: 'resources.gridUnits.fields.parent.name', value: (r) => r.parent?.name },
];

const unitPicker = (source: string) => (
  <ReferencePicker key={source} source={source} reference="gridUnits" sortBy="code" fullWidth={false} />
);

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="level" source="level" choices={enumChoices('GridLevel')} alwaysOn />,
  unitPicker('withinId'),
  unitPicker('parentId'),
];

const ADDS: RoleButton[] = [[GRID_ADMINS, <CreateButton key="create" />]];

/** Every unit of the grid, filtered by level, place in the tree or words of the name. */
export function GridUnitList() {
  return (
    <RecordList filters={filters} columns={columns} adds={ADDS} sort={{ field: 'code', order: 'ASC' }}>
      <TextField source="code" />
      <TextField source="name" />
      <EnumField source="level" enumName="GridLevel" sortable={false} />
      <TextField source="parent.name" sortable={false} />
    </RecordList>
  );
}
