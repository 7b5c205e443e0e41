import { useState } from 'react';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import {
  Alert,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableRow,
} from '@mui/material';
import PaymentsIcon from '@mui/icons-material/Payments';
import { formatFen } from '../../format/money';
import { newIdempotencyKey } from './newKey';
import { PAY_APPLICATION } from '../operations';
import { useFundsMutation } from '../useFundsMutation';
import type { ApplicationRecord } from './types';

/**
 * payReliefApplication behind an explicit confirmation that restates who gets how much from which fund.
 * The idempotency key is made when the dialog opens and kept while it stays open, so pressing confirm
 * again after a lost answer replays the same payment instead of paying twice.
 */
export function PayDialog() {
  const application = useRecordContext<ApplicationRecord>();
  const translate = useTranslate();
  const [key, setKey] = useState<string | null>(null);
  const { mutateAsync, isPending, error, reset } = useFundsMutation(PAY_APPLICATION, 'onedoor.funds.done.paid');
  if (!application) return null;
  const close = () => {
    setKey(null);
    reset();
  };
  const confirm = async () => {
    try {
      await mutateAsync({ input: { applicationId: application.id, idempotencyKey: key } });
      close();
    } catch {
      // The error is shown in the dialog and notified; the key stays for a retry.
    }
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
      <Dialog
        open={key !== null}
        onClose={close}
        onClick={(e) => e.stopPropagation()}
        maxWidth="sm"
        fullWidth
        aria-label={translate('onedoor.funds.pay.title')}
      >
        <DialogTitle>{translate('onedoor.funds.pay.title')}</DialogTitle>
        <DialogContent>
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
          {error && (
            <Alert severity="error" sx={{ mt: 2 }}>
              {translate('onedoor.funds.errors.refused', { message: error.message })}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button label="onedoor.common.cancel" onClick={close} />
          <Button
            label="onedoor.funds.pay.confirm"
            variant="contained"
            onClick={() => void confirm()}
            disabled={isPending}
          />
        </DialogActions>
      </Dialog>
    </>
  );
}
