import { SearchInput, SelectInput, TextField } from 'react-admin';
import { ReferencePicker } from '../../shared/ReferencePicker';
import { OrganisationPicker } from '../../shared/OrganisationPicker';
import { EnumField, enumChoices } from '../../format/fields';
import { RecordList } from '../../shared/RecordList';
import { type CsvColumn } from '../../shared/ExportCsvButton';

interface OrgRow {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  aliases: string[];
  kind: string;
  phone: string | null;
  address: string | null;
  parent: { name: string } | null;
  gridUnit: { name: string } | null;
}

const columns: CsvColumn<OrgRow>[] = [
  { label: 'resources.organisations.fields.code', value: (r) => r.code },
  { label: 'resources.organisations.fields.name', value: (r) => r.name },
  { label: 'resources.organisations.fields.shortName', value: (r) => r.shortName },
  { label: 'resources.organisations.fields.aliases', value: (r, t) => r.aliases.join(t('onedoor.picker.separator')) },
  { label: 'resources.organisations.fields.kind', value: (r, t) => t(`enums.OrganisationKind.${r.kind}`) },
  { label: 'resources.organisations.fields.parent.name', value: (r) => r.parent?.name },
  { label: 'resources.organisations.fields.gridUnit.name', value: (r) => r.gridUnit?.name },
  { label: 'resources.organisations.fields.phone', value: (r) => r.phone },
  { label: 'resources.organisations.fields.address', value: (r) => r.address },
];

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={enumChoices('OrganisationKind')} alwaysOn />,
  <ReferencePicker key="gridUnitId" source="gridUnitId" reference="gridUnits" sortBy="code" fullWidth={false} />,
  <OrganisationPicker key="parentId" source="parentId" reference="organisations" fullWidth={false} />,
];

/** The bodies cases are routed to, by kind, place, or words of the name, short name or aliases (or their pinyin). */
export function OrganisationList() {
  return (
    <RecordList filters={filters} sort={{ field: 'code', order: 'ASC' }} columns={columns}>
      <TextField source="code" />
      <TextField source="name" />
      <TextField source="shortName" sortable={false} emptyText="—" />
      <EnumField source="kind" enumName="OrganisationKind" sortable={false} />
      <TextField source="gridUnit.name" sortable={false} />
      <TextField source="phone" sortable={false} />
    </RecordList>
  );
}
