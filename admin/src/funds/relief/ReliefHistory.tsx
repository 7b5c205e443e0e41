import { useRecordContext, useTranslate } from 'react-admin';
import { List, ListItem, ListItemText } from '@mui/material';
import { formatFen } from '../../format/money';
import { formatDateTime } from '../../format/time';
import type { AccountRef, ApplicationRecord } from './types';

interface Step {
  at: string;
  text: string;
  note?: string | null;
}

const nameOf = (account: AccountRef | null | undefined) => account?.person?.name ?? account?.username ?? '';

/** The application's history from its own timestamps: proposed, decided, paid, reversed, followed up. */
export function historyOf(a: ApplicationRecord, t: (key: string, args?: Record<string, unknown>) => string): Step[] {
  const steps: Step[] = [
    {
      at: a.proposedAt,
      text: t('onedoor.funds.history.proposed', { name: nameOf(a.proposedBy), amount: formatFen(a.amount) }),
    },
  ];
  if (a.firstApprovedAt)
    steps.push({
      at: a.firstApprovedAt,
      text: t('onedoor.funds.history.approved', { name: nameOf(a.firstApprovedBy) }),
    });
  if (a.secondApprovedAt)
    steps.push({
      at: a.secondApprovedAt,
      text: t('onedoor.funds.history.secondApproved', { name: nameOf(a.secondApprovedBy) }),
    });
  if (a.rejectedAt)
    steps.push({
      at: a.rejectedAt,
      text: t('onedoor.funds.history.rejected', { name: nameOf(a.rejectedBy) }),
      note: a.rejectionReason,
    });
  const paid = a.disbursement;
  if (paid?.paidAt)
    steps.push({ at: paid.paidAt, text: t('onedoor.funds.history.paid', { amount: formatFen(paid.amount) }) });
  if (paid?.reversedAt)
    steps.push({ at: paid.reversedAt, text: t('onedoor.funds.history.reversed'), note: paid.reversalReason });
  for (const f of a.followUps ?? [])
    steps.push({
      at: f.recordedAt,
      text: t('onedoor.funds.history.followUp', { name: nameOf(f.recordedBy) }),
      note: f.note,
    });
  return steps.sort((x, y) => x.at.localeCompare(y.at));
}

export function ReliefHistory() {
  const application = useRecordContext<ApplicationRecord>();
  const translate = useTranslate();
  if (!application) return null;
  return (
    <List dense disablePadding>
      {historyOf(application, translate).map((step, i) => (
        <ListItem key={i} disableGutters>
          <ListItemText primary={`${formatDateTime(step.at)}\u3000${step.text}`} secondary={step.note ?? undefined} />
        </ListItem>
      ))}
    </List>
  );
}
