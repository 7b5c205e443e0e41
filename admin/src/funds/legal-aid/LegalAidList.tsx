import { BooleanInput, NumberInput, SelectInput, TextField, useRecordContext, useTranslate } from 'react-admin';
import AddIcon from '@mui/icons-material/Add';
import EditNoteIcon from '@mui/icons-material/EditNote';
import { Box, Typography } from '@mui/material';
import { DateTimeField, EnumField, enumChoices, MoneyField } from '../../format/fields';
import { fenToYuan, formatFen } from '../../format/money';
import { LEGAL_AID_WRITERS } from '../roles';
import { RecordList } from '../../shared/RecordList';
import type { RoleButton } from '../../shared/RoleToolbar';
import { type CsvColumn } from '../../shared/ExportCsvButton';
import { CasePicker, fenOf, PersonPicker, YuanInput } from '../inputs';
import { MutationDialog } from '../../shared/MutationDialog';
import { type RecordForm, RecordDialogs } from '../../shared/RecordDialogs';
import { NoteInput } from '../../shared/NoteInput';
import { OPEN_LEGAL_AID, RECORD_LEGAL_AID_PROGRESS } from '../operations';
import { ReferencePicker } from '../../shared/ReferencePicker';
import { LegalAidAttachments } from '../attachments';
import { EnumInput } from '../../shared/EnumInput';

interface Matter {
  id: string;
  kind: string;
  status: string;
  summary: string;
  documentsDrafted: number;
  recovered: string;
  openedAt: string;
  concludedAt: string | null;
  version: number;
  person: { name: string };
  case: { number: string } | null;
  lawyer: { id: string; person: { name: string } } | null;
}

const lawyerText = (m: { person?: { name?: string } } | undefined) => m?.person?.name ?? '';

function LawyerPicker() {
  return (
    <ReferencePicker
      source="lawyerId"
      reference="fundLawyerPicks"
      label="onedoor.funds.fields.lawyer"
      optionText={lawyerText}
      sortBy={null}
      perPage={100}
    />
  );
}

/** openLegalAidMatter (ADMIN, CENTRE_STAFF, FUND_OFFICER). */
function OpenMatterDialog() {
  return (
    <MutationDialog
      label="onedoor.funds.actions.openLegalAid"
      icon={<AddIcon />}
      mutation={OPEN_LEGAL_AID}
      successMessage="onedoor.funds.done.legalAidOpened"
      nullWhenEmpty={['caseId', 'lawyerId']}
    >
      <EnumInput source="kind" enumName="LegalAidKind" label="onedoor.funds.fields.legalAidKind" fullWidth isRequired />
      <PersonPicker />
      <CasePicker />
      <LawyerPicker />
      <NoteInput source="summary" label="onedoor.funds.fields.summary" />
    </MutationDialog>
  );
}

/** recordLegalAidProgress: lawyer, documents, money recovered (yuan), conclusion; the version read guards against a stale write. */
const PROGRESS: RecordForm<Matter> = {
  roles: LEGAL_AID_WRITERS,
  when: (matter) => matter.status !== 'CONCLUDED',
  label: 'onedoor.funds.actions.recordProgress',
  icon: <EditNoteIcon />,
  mutation: RECORD_LEGAL_AID_PROGRESS,
  successMessage: 'onedoor.funds.done.progressRecorded',
  defaults: (matter) => ({
    lawyerId: matter.lawyer?.id,
    documentsDrafted: matter.documentsDrafted,
    recovered: fenToYuan(matter.recovered),
    conclude: false,
  }),
  nullWhenEmpty: ['lawyerId', 'documentsDrafted'],
  toInput: (v, matter) => ({
    ...v,
    matterId: matter.id,
    version: matter.version,
    recovered: fenOf(v.recovered),
    conclude: v.conclude === true,
  }),
  inputs: (
    <>
      <LawyerPicker />
      <NumberInput source="documentsDrafted" label="onedoor.funds.fields.documentsDrafted" min={0} fullWidth />
      <YuanInput source="recovered" label="onedoor.funds.fields.recovered" optional />
      <BooleanInput source="conclude" label="onedoor.funds.fields.conclude" />
    </>
  ),
};

function MatterPanel() {
  const matter = useRecordContext<Matter>();
  const translate = useTranslate();
  return matter ? (
    <Box sx={{ p: 1 }}>
      <Typography variant="body2">{matter.summary}</Typography>
      <Typography variant="subtitle2" sx={{ mt: 1 }}>
        {translate('onedoor.attachments.title')}
      </Typography>
      <LegalAidAttachments id={matter.id} concluded={matter.status === 'CONCLUDED'} />
    </Box>
  ) : null;
}

const filters = [<SelectInput key="status" source="status" choices={enumChoices('LegalAidStatus')} alwaysOn />];

const columns: CsvColumn<Matter>[] = [
  { label: 'resources.legalAidMatters.fields.openedAt', value: (r) => r.openedAt.slice(0, 10) },
  { label: 'resources.legalAidMatters.fields.kind', value: (r, t) => t(`enums.LegalAidKind.${r.kind}`) },
  { label: 'resources.legalAidMatters.fields.person.name', value: (r) => r.person.name },
  { label: 'resources.legalAidMatters.fields.case.number', value: (r) => r.case?.number },
  { label: 'resources.legalAidMatters.fields.lawyer.person.name', value: (r) => r.lawyer?.person.name },
  { label: 'resources.legalAidMatters.fields.status', value: (r, t) => t(`enums.LegalAidStatus.${r.status}`) },
  { label: 'resources.legalAidMatters.fields.documentsDrafted', value: (r) => r.documentsDrafted },
  { label: 'resources.legalAidMatters.fields.recovered', value: (r) => formatFen(r.recovered) },
];

const ADDS: RoleButton[] = [[LEGAL_AID_WRITERS, <OpenMatterDialog key="open" />]];

/** Legal-aid matters (法律援助); a row expands to its summary and its files. */
export function LegalAidList() {
  return (
    <RecordList
      filters={filters}
      columns={columns}
      filename="legal-aid"
      adds={ADDS}
      empty={false}
      rowClick="expand"
      expand={<MatterPanel />}
    >
      <DateTimeField source="openedAt" sortable={false} />
      <EnumField source="kind" enumName="LegalAidKind" sortable={false} />
      <TextField source="person.name" sortable={false} />
      <TextField source="case.number" sortable={false} emptyText="onedoor.common.none" />
      <TextField source="lawyer.person.name" sortable={false} emptyText="onedoor.common.none" />
      <EnumField source="status" enumName="LegalAidStatus" sortable={false} />
      <TextField source="documentsDrafted" sortable={false} />
      <MoneyField source="recovered" sortable={false} />
      <RecordDialogs forms={[PROGRESS]} label="onedoor.funds.fields.actions" />
    </RecordList>
  );
}
