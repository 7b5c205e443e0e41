import { TextField, useTranslate } from 'react-admin';
import { Alert } from '@mui/material';
import UndoIcon from '@mui/icons-material/Undo';
import { DateTimeField, EnumField } from '../../format/fields';
import { MONEY_COLUMNS, moneyCsvColumns } from '../fields';
import { formatFen } from '../../format/money';
import { formatDateTime } from '../../format/time';
import { FUND_DECIDERS } from '../roles';
import { RecordList } from '../../shared/RecordList';
import { type CsvColumn } from '../../shared/ExportCsvButton';
import { CasePicker, FundPicker, PersonPicker } from '../inputs';
import { type RecordForm, RecordDialogs } from '../../shared/RecordDialogs';
import { NoteInput } from '../../shared/NoteInput';
import { REVERSE_DISBURSEMENT } from '../operations';

interface DisbursementRecord {
  id: string;
  amount: string;
  purpose: string;
  paidAt: string;
  status: string;
  reversedAt: string | null;
  reversalReason: string | null;
  fund: { name: string };
  person: { name: string };
  case: { number: string } | null;
}

const filters = [
  <FundPicker key="fundId" source="fundId" label="resources.disbursements.fields.fundId" isRequired={false} />,
  <PersonPicker key="personId" source="personId" label="resources.disbursements.fields.personId" />,
  <CasePicker key="caseId" source="caseId" label="resources.disbursements.fields.caseId" />,
];

const columns: CsvColumn<DisbursementRecord>[] = [
  { label: 'resources.disbursements.fields.paidAt', value: (r) => formatDateTime(r.paidAt) },
  ...moneyCsvColumns<DisbursementRecord>('disbursements'),
  { label: 'resources.disbursements.fields.status', value: (r, t) => t(`enums.DisbursementStatus.${r.status}`) },
  { label: 'resources.disbursements.fields.purpose', value: (r) => r.purpose },
  { label: 'resources.disbursements.fields.reversalReason', value: (r) => r.reversalReason },
];

/** What a reversal undoes, restated before it is confirmed. */
function ReversalWarning({ paid }: { paid: DisbursementRecord }) {
  const translate = useTranslate();
  return (
    <Alert severity="warning" sx={{ mb: 2 }}>
      {translate('onedoor.funds.reverse.warning', {
        name: paid.person.name,
        amount: formatFen(paid.amount),
        fund: paid.fund.name,
      })}
    </Alert>
  );
}

/** reverseDisbursement (FUND_APPROVER, ADMIN) of a paid payment, with a confirmation and a reason. */
const REVERSE: RecordForm<DisbursementRecord> = {
  roles: FUND_DECIDERS,
  when: (paid) => paid.status === 'PAID',
  label: 'onedoor.funds.actions.reverse',
  icon: <UndoIcon />,
  color: 'error',
  mutation: REVERSE_DISBURSEMENT,
  successMessage: 'onedoor.funds.done.reversed',
  submitLabel: 'onedoor.funds.actions.confirmReverse',
  toInput: (v, paid) => ({ ...v, disbursementId: paid.id }),
  intro: (paid) => <ReversalWarning paid={paid} />,
  inputs: <NoteInput source="reason" label="onedoor.funds.fields.reversalReason" />,
};

/** Payments (救助金发放), newest first, reversed ones marked. */
export function DisbursementList() {
  return (
    <RecordList filters={filters} columns={columns} rowClick={false}>
      <DateTimeField source="paidAt" sortable={false} />
      {MONEY_COLUMNS}
      <EnumField source="status" enumName="DisbursementStatus" sortable={false} />
      <TextField source="purpose" sortable={false} />
      <RecordDialogs forms={[REVERSE]} label="onedoor.funds.fields.actions" />
    </RecordList>
  );
}
