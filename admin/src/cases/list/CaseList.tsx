import {
  DateInput,
  NullableBooleanInput,
  NumberInput,
  SearchInput,
  type SearchInputProps,
  SelectArrayInput,
  TextField,
  useTranslate,
} from 'react-admin';
import { DateTimeField, EnumField, enumChoices } from '../../format/fields';
import { formatDateTime } from '../../format/time';
import { RecordList } from '../../shared/RecordList';
import { type CsvColumn } from '../../shared/ExportCsvButton';
import { CategoryInput, GridUnitInput, OrganisationInput } from '../inputs';
import { WarningField } from '../WarningChip';

const label = (field: string) => `resources.cases.fields.${field}`;

/** The one search box, saying what it finds: the server reads the term as any of these. */
function CaseSearchInput(props: SearchInputProps) {
  const translate = useTranslate();
  return (
    <SearchInput
      {...props}
      placeholder={translate('onedoor.cases.list.searchPlaceholder')}
      sx={{ minWidth: { sm: '34em' } }}
    />
  );
}

const filters = [
  <CaseSearchInput key="q" source="q" alwaysOn />,
  <SelectArrayInput key="warning" source="warning" label={label('warning')} choices={enumChoices('WarningColour')} />,
  <NullableBooleanInput key="overdue" source="overdue" label={label('overdue')} />,
  <NumberInput key="daysLeftAtMost" source="daysLeftAtMost" label={label('daysLeftAtMost')} step={1} />,
  <SelectArrayInput key="status" source="status" label={label('status')} choices={enumChoices('CaseStatus')} />,
  <SelectArrayInput key="channel" source="channel" label={label('channel')} choices={enumChoices('Channel')} />,
  <CategoryInput key="categoryId" source="categoryId" label={label('categoryId')} />,
  <GridUnitInput key="gridUnitId" source="gridUnitId" label={label('gridUnitId')} />,
  <OrganisationInput key="responsibleUnitId" source="responsibleUnitId" label={label('responsibleUnitId')} />,
  <DateInput key="receivedFrom" source="receivedFrom" label={label('receivedFrom')} />,
  <DateInput key="receivedTo" source="receivedTo" label={label('receivedTo')} />,
  <NullableBooleanInput key="repeat" source="repeat" label={label('repeat')} />,
  <NullableBooleanInput key="groupPetition" source="groupPetition" label={label('groupPetition')} />,
  <NullableBooleanInput key="crossLevel" source="crossLevel" label={label('crossLevel')} />,
  <NullableBooleanInput key="lawRelated" source="lawRelated" label={label('lawRelated')} />,
];

interface CaseRow {
  id: string;
  number: string;
  title: string;
  status: string;
  channel: string;
  warning: string;
  receivedAt: string;
  deadlineAt: string;
  headCount: number;
  category: { name: string };
  place: { name: string };
  responsibleUnit: { name: string } | null;
}

const yesNo = (v: boolean, t: (k: string) => string) => t(v ? 'onedoor.common.yes' : 'onedoor.common.no');

/** The export: names and translated words, never ids or enum constants. */
const columns: CsvColumn<CaseRow & { repeat: boolean; groupPetition: boolean }>[] = [
  { label: label('number'), value: (r) => r.number },
  { label: label('title'), value: (r) => r.title },
  { label: label('status'), value: (r, t) => t(`enums.CaseStatus.${r.status}`) },
  { label: label('channel'), value: (r, t) => t(`enums.Channel.${r.channel}`) },
  { label: label('category.name'), value: (r) => r.category.name },
  { label: label('place.name'), value: (r) => r.place.name },
  { label: label('responsibleUnit.name'), value: (r) => r.responsibleUnit?.name ?? '' },
  { label: label('headCount'), value: (r) => r.headCount },
  { label: label('repeat'), value: (r, t) => yesNo(r.repeat, t) },
  { label: label('groupPetition'), value: (r, t) => yesNo(r.groupPetition, t) },
  { label: label('receivedAt'), value: (r) => formatDateTime(r.receivedAt) },
  { label: label('deadlineAt'), value: (r) => formatDateTime(r.deadlineAt) },
  { label: label('warning'), value: (r, t) => t(`enums.WarningColour.${r.warning}`) },
];

export function CaseList() {
  return (
    <RecordList filters={filters} columns={columns} sort={{ field: 'receivedAt', order: 'DESC' }}>
      <TextField source="number" />
      <TextField source="title" sortable={false} />
      <EnumField source="status" enumName="CaseStatus" sortable={false} />
      <EnumField source="channel" enumName="Channel" sortable={false} />
      <TextField source="category.name" sortable={false} />
      <TextField source="place.name" sortable={false} />
      <TextField source="responsibleUnit.name" sortable={false} emptyText="—" />
      <DateTimeField source="receivedAt" />
      <DateTimeField source="deadlineAt" />
      <WarningField source="warning" sortable={false} />
    </RecordList>
  );
}
