import { Alert, Grid } from '@mui/material';
import PrintIcon from '@mui/icons-material/PrintOutlined';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import { Link, useLocation } from 'react-router-dom';
import { receiptPath } from './TrackingCode';

/** What intake passes to the case page it opens after registering (`useRegisterCase`). */
export interface RegisteredState {
  registered?: boolean;
}

/**
 * Intake's success view, at the top of the case just registered: its number and tracking code, and the receipt
 * (受理回执) to print and hand to the citizen at the counter.
 */
export function RegisteredNotice() {
  const record = useRecordContext<{ id: string; number: string; trackingCode: string }>();
  const state = useLocation().state as RegisteredState | null;
  const translate = useTranslate();
  if (!record || state?.registered !== true) return null;
  return (
    <Grid size={12}>
      <Alert
        severity="success"
        data-testid="case-registered"
        action={
          <Button
            component={Link}
            to={receiptPath(record.id)}
            label="onedoor.cases.receipt.print"
            variant="contained"
            data-testid="registered-receipt"
          >
            <PrintIcon />
          </Button>
        }
      >
        {translate('onedoor.cases.intake.registeredNotice', {
          number: record.number,
          trackingCode: record.trackingCode,
        })}
      </Alert>
    </Grid>
  );
}
