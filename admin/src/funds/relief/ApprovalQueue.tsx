import { TextField, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import { DateTimeField, EnumField } from '../../format/fields';
import { MONEY_COLUMNS } from '../fields';
import { PENDING_STATUSES } from '../enums';
import { ReliefActions } from './ReliefActions';
import { RecordList } from '../../shared/RecordList';

const pending = { status: [...PENDING_STATUSES] };

/** /relief/approvals: applications waiting for an approver (待审批、待复核), oldest concerns first on screen. */
export function ApprovalQueue() {
  const translate = useTranslate();
  return (
    <RecordList
      resource="reliefApplications"
      filter={pending}
      disableSyncWithLocation
      title="onedoor.funds.queue.title"
      empty={<Typography sx={{ p: 2 }}>{translate('onedoor.funds.queue.empty')}</Typography>}
      storeKey="reliefApprovalQueue"
    >
      <DateTimeField source="proposedAt" sortable={false} />
      {MONEY_COLUMNS}
      <EnumField source="status" enumName="ReliefApplicationStatus" sortable={false} />
      <TextField source="proposedBy.person.name" sortable={false} />
      <TextField source="reason" sortable={false} />
      <ReliefActions label="onedoor.funds.fields.actions" />
    </RecordList>
  );
}
