import { CreateButton, SearchInput, SelectInput, TextField, TextInput } from 'react-admin';
import type { PersonSummary } from '../operations';
import { DateTimeField, DayField, EnumField, enumChoices } from '../../format/fields';
import { formatDate, formatDateTime } from '../../format/time';
import { RecordList } from '../../shared/RecordList';
import type { RoleButton } from '../../shared/RoleToolbar';
import { type CsvColumn } from '../../shared/ExportCsvButton';
import { PERSON_REGISTRARS } from '../roles';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="vulnerability" source="vulnerability" choices={enumChoices('Vulnerability')} />,
  <TextInput key="nationalId" source="nationalId" />,
  <TextInput key="phone" source="phone" />,
];

interface PersonRow extends PersonSummary {
  birthDate: string | null;
  vulnerabilities: string[];
  createdAt: string;
}

const csvColumns: CsvColumn<PersonRow>[] = [
  { label: 'resources.persons.fields.name', value: (r) => r.name },
  { label: 'resources.persons.fields.gender', value: (r, t) => t(`enums.Gender.${r.gender}`) },
  { label: 'resources.persons.fields.phone', value: (r) => r.phone },
  { label: 'resources.persons.fields.nationalId', value: (r) => r.nationalId },
  { label: 'resources.persons.fields.birthDate', value: (r) => formatDate(r.birthDate) },
  { label: 'resources.persons.fields.address', value: (r) => r.address },
  {
    label: 'resources.persons.fields.vulnerabilities',
    value: (r, t) => r.vulnerabilities.map((v) => t(`enums.Vulnerability.${v}`)).join('、'),
  },
  { label: 'resources.persons.fields.createdAt', value: (r) => formatDateTime(r.createdAt) },
];

const ADDS: RoleButton[] = [[PERSON_REGISTRARS, <CreateButton key="create" />]];

/** Registered persons; identifiers come masked from the API unless the role may see them. */
export function PersonList() {
  return (
    <RecordList filters={filters} sort={{ field: 'name', order: 'ASC' }} columns={csvColumns} adds={ADDS}>
      <TextField source="name" />
      <EnumField source="gender" enumName="Gender" sortable={false} />
      <TextField source="phone" sortable={false} />
      <TextField source="nationalId" sortable={false} />
      <DayField source="birthDate" sortable={false} />
      <EnumField source="vulnerabilities" enumName="Vulnerability" chip sortable={false} />
      <DateTimeField source="createdAt" />
    </RecordList>
  );
}
