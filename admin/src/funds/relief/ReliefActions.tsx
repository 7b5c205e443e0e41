import { Button, useGetIdentity, useRecordContext } from 'react-admin';
import { Stack } from '@mui/material';
import ApproveIcon from '@mui/icons-material/CheckCircle';
import RejectIcon from '@mui/icons-material/Cancel';
import NoteIcon from '@mui/icons-material/NoteAdd';
import { useHasRole } from '../../auth/roles';
import { FUND_DECIDERS, FUND_WORKERS } from '../roles';
import { useGraphQLMutation } from '../../data/hooks';
import { type RecordForm, RecordDialogs } from '../../shared/RecordDialogs';
import { NoteInput } from '../../shared/NoteInput';
import { APPROVE_APPLICATION, RECORD_FOLLOW_UP, REJECT_APPLICATION } from '../operations';
import { PayDialog } from './PayDialog';
import type { ApplicationRecord } from './types';
import { PENDING_STATUSES } from '../enums';

const isPending = (status: string) => (PENDING_STATUSES as readonly string[]).includes(status);

function ApproveButton({ application }: { application: ApplicationRecord }) {
  const { mutate, isPending: busy } = useGraphQLMutation(APPROVE_APPLICATION, {
    successMessage: 'onedoor.funds.done.approved',
  });
  return (
    <Button
      label="onedoor.funds.actions.approve"
      color="success"
      variant="outlined"
      disabled={busy}
      onClick={(e) => {
        e.stopPropagation();
        mutate({ input: { applicationId: application.id } });
      }}
    >
      <ApproveIcon />
    </Button>
  );
}

/** rejectReliefApplication (FUND_APPROVER, ADMIN) of a pending application, with the reason. */
const REJECT: RecordForm<ApplicationRecord> = {
  roles: FUND_DECIDERS,
  when: (application) => isPending(application.status),
  label: 'onedoor.funds.actions.reject',
  icon: <RejectIcon />,
  color: 'error',
  variant: 'outlined',
  mutation: REJECT_APPLICATION,
  successMessage: 'onedoor.funds.done.rejected',
  toInput: (v, application) => ({ ...v, applicationId: application.id }),
  inputs: <NoteInput source="reason" label="onedoor.funds.fields.rejectionReason" />,
};

/** recordReliefFollowUp on a paid application: how the person fares since. */
const FOLLOW_UP: RecordForm<ApplicationRecord> = {
  roles: FUND_WORKERS,
  when: (application) => application.status === 'PAID',
  label: 'onedoor.funds.actions.followUp',
  icon: <NoteIcon />,
  mutation: RECORD_FOLLOW_UP,
  successMessage: 'onedoor.funds.done.followUpRecorded',
  toInput: (v, application) => ({ ...v, applicationId: application.id }),
  inputs: <NoteInput source="note" label="onedoor.funds.fields.followUpNote" />,
};

/**
 * What the signed-in role may do with this application now, as the API decides it: approvers decide
 * pending ones (never their own proposal, nor twice), payers pay approved ones, proposers note paid ones.
 */
export function ReliefActions({ label: _label }: { label?: string }) {
  const application = useRecordContext<ApplicationRecord>();
  const { identity } = useGetIdentity();
  const decides = useHasRole(...FUND_DECIDERS);
  const works = useHasRole(...FUND_WORKERS);
  if (!application) return null;
  const me = identity?.id;
  const mayApprove =
    decides &&
    isPending(application.status) &&
    application.proposedBy?.id !== me &&
    application.firstApprovedBy?.id !== me;
  return (
    <Stack direction="row" spacing={1} sx={{ whiteSpace: 'nowrap' }}>
      {mayApprove && <ApproveButton application={application} />}
      <RecordDialogs forms={[REJECT]} />
      {works && application.status === 'APPROVED' && <PayDialog application={application} />}
      <RecordDialogs forms={[FOLLOW_UP]} />
    </Stack>
  );
}
