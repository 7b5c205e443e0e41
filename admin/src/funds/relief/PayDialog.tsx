import { useState } from 'react';
import { Button, type HttpError, useTranslate } from 'react-admin';
import { Alert, Table, TableBody, TableCell, TableRow } from '@mui/material';
import PaymentsIcon from '@mui/icons-material/Payments';
import { formatFen } from '../../format/money';
import { MutationDialog } from '../../shared/MutationDialog';
import { PAY_APPLICATION } from '../operations';
import { newIdempotencyKey } from './newKey';
import type { ApplicationRecord } from './types';

/**
 * payReliefApplication behind an explicit confirmation that restates who gets how much from which fund.
 * The idempotency key is made when the dialog opens and kept while it stays open, so pressing confirm
 * again after a lost answer replays the same payment instead of paying twice.
 */
export function PayDialog({ application }: { application: ApplicationRecord }) {
  const translate = useTranslate();
  const [key, setKey] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<HttpError | null>(null);
  const close = () => {
    setKey(null);
    setRefusal(null);
  };
  const rows: [string, string][] = [
    ['onedoor.funds.pay.beneficiary', application.person.name],
    ['onedoor.funds.pay.amount', formatFen(application.amount)],
    ['onedoor.funds.pay.fund', application.fund.name],
    [
      'onedoor.funds.pay.case',
      application.case ? `${application.case.number} ${application.case.title}` : translate('onedoor.common.none'),
    ],
    ['onedoor.funds.pay.balance', formatFen(application.fund.balance)],
  ];
  return (
    <>
      <Button
        label="onedoor.funds.actions.pay"
        variant="contained"
        color="primary"
        onClick={(e) => {
          e.stopPropagation();
          setKey(newIdempotencyKey());
        }}
      >
        <PaymentsIcon />
      </Button>
      <MutationDialog
        label="onedoor.funds.pay.title"
        open={key !== null}
        onClose={close}
        mutation={PAY_APPLICATION}
        successMessage="onedoor.funds.done.paid"
        submitLabel="onedoor.funds.pay.confirm"
        toInput={() => ({ applicationId: application.id, idempotencyKey: key })}
        // The refusal stays in the dialog as well as in the notification; the key stays for a retry.
        onRefused={setRefusal}
        intro={
          <>
            <Table size="small">
              <TableBody>
                {rows.map(([label, value]) => (
                  <TableRow key={label}>
                    <TableCell>{translate(label)}</TableCell>
                    <TableCell>
                      <strong>{value}</strong>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Alert severity="warning" sx={{ mt: 2 }}>
              {translate('onedoor.funds.pay.once')}
            </Alert>
            {refusal && (
              <Alert severity="error" sx={{ mt: 2 }}>
                {translate('onedoor.funds.errors.refused', { message: refusal.message })}
              </Alert>
            )}
          </>
        }
      />
    </>
  );
}
