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
import { type CaseSummary, caseField } from '../record';

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
  <SelectArrayInput
    key="warning"
    source="warning"
    label={caseField('warning')}
    choices={enumChoices('WarningColour')}
  />,
  <NullableBooleanInput key="overdue" source="overdue" label={caseField('overdue')} />,
  <NumberInput key="daysLeftAtMost" source="daysLeftAtMost" label={caseField('daysLeftAtMost')} step={1} />,
  <SelectArrayInput key="status" source="status" label={caseField('status')} choices={enumChoices('CaseStatus')} />,
  <SelectArrayInput key="channel" source="channel" label={caseField('channel')} choices={enumChoices('Channel')} />,
  <CategoryInput key="categoryId" source="categoryId" label={caseField('categoryId')} />,
  <GridUnitInput key="gridUnitId" source="gridUnitId" label={caseField('gridUnitId')} />,
  <OrganisationInput key="responsibleUnitId" source="responsibleUnitId" label={caseField('responsibleUnitId')} />,
  <DateInput key="receivedFrom" source="receivedFrom" label={caseField('receivedFrom')} />,
  <DateInput key="receivedTo" source="receivedTo" label={caseField('receivedTo')} />,
  <NullableBooleanInput key="repeat" source="repeat" label={caseField('repeat')} />,
  <NullableBooleanInput key="groupPetition" source="groupPetition" label={caseField('groupPetition')} />,
  <NullableBooleanInput key="crossLevel" source="crossLevel" label={caseField('crossLevel')} />,
  <NullableBooleanInput key="lawRelated" source="lawRelated" label={caseField('lawRelated')} />,
];

interface CaseRow extends CaseSummary {
  deadlineAt: string;
  category: { name: string };
  place: { name: string };
  responsibleUnit: { name: string } | null;
}

const yesNo = (v: boolean, t: (k: string) => string) => t(v ? 'onedoor.common.yes' : 'onedoor.common.no');

/** The export: names and translated words, never ids or enum constants. */
const columns: CsvColumn<CaseRow>[] = [
  { label: caseField('number'), value: (r) => r.number },
  { label: caseField('title'), value: (r) => r.title },
  { label: caseField('status'), value: (r, t) => t(`enums.CaseStatus.${r.status}`) },
  { label: caseField('channel'), value: (r, t) => t(`enums.Channel.${r.channel}`) },
  { label: caseField('category.name'), value: (r) => r.category.name },
  { label: caseField('place.name'), value: (r) => r.place.name },
  { label: caseField('responsibleUnit.name'), value: (r) => r.responsibleUnit?.name ?? '' },
  { label: caseField('headCount'), value: (r) => r.headCount },
  { label: caseField('repeat'), value: (r, t) => yesNo(r.repeat, t) },
  { label: caseField('groupPetition'), value: (r, t) => yesNo(r.groupPetition, t) },
  { label: caseField('receivedAt'), value: (r) => formatDateTime(r.receivedAt) },
  { label: caseField('deadlineAt'), value: (r) => formatDateTime(r.deadlineAt) },
  { label: caseField('warning'), value: (r, t) => t(`enums.WarningColour.${r.warning}`) },
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
