import { TextField, useRecordContext, useTranslate } from 'react-admin';
import { Alert } from '@mui/material';
import UndoIcon from '@mui/icons-material/Undo';
import { DateTimeField, EnumField } from '../../format/fields';
import { MONEY_COLUMNS, moneyCsvColumns } from '../fields';
import { formatFen } from '../../format/money';
import { formatDateTime } from '../../format/time';
import { useHasRole } from '../../auth/roles';
import { FUND_DECIDERS } from '../roles';
import { RecordList } from '../../shared/RecordList';
import { type CsvColumn } from '../../shared/ExportCsvButton';
import { CasePicker, FundPicker, PersonPicker } from '../inputs';
import { MutationDialog } from '../../shared/MutationDialog';
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

/** reverseDisbursement (FUND_APPROVER, ADMIN) with a confirmation restating the payment and a reason. */
function ReverseColumn({ label: _label }: { label?: string }) {
  const paid = useRecordContext<DisbursementRecord>();
  const reverses = useHasRole(...FUND_DECIDERS);
  const translate = useTranslate();
  if (!reverses || paid?.status !== 'PAID') return null;
  return (
    <MutationDialog
      label="onedoor.funds.actions.reverse"
      icon={<UndoIcon />}
      color="error"
      mutation={REVERSE_DISBURSEMENT}
      successMessage="onedoor.funds.done.reversed"
      submitLabel="onedoor.funds.actions.confirmReverse"
      toInput={(v) => ({ disbursementId: paid.id, reason: v.reason })}
      intro={
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('onedoor.funds.reverse.warning', {
            name: paid.person.name,
            amount: formatFen(paid.amount),
            fund: paid.fund.name,
          })}
        </Alert>
      }
    >
      <NoteInput source="reason" label="onedoor.funds.fields.reversalReason" />
    </MutationDialog>
  );
}

/** Payments (救助金发放), newest first, reversed ones marked. */
export function DisbursementList() {
  return (
    <RecordList filters={filters} columns={columns} rowClick={false}>
      <DateTimeField source="paidAt" sortable={false} />
      {MONEY_COLUMNS}
      <EnumField source="status" enumName="DisbursementStatus" sortable={false} />
      <TextField source="purpose" sortable={false} />
      <ReverseColumn label="onedoor.funds.fields.actions" />
    </RecordList>
  );
}
