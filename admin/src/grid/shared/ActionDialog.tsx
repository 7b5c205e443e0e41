import type { ReactNode } from 'react';
import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { Button, Form, SaveButton, useTranslate } from 'react-admin';
import { formErrors } from './useGridAction';

type Values = Record<string, unknown>;

/**
 * A dialog holding one form for one API action. `run` performs the action; what it throws becomes the
 * server's field errors next to the inputs, and the dialog stays open with nothing saved.
 */
export function ActionDialog({
  open,
  onClose,
  title,
  run,
  defaultValues,
  children,
  submitLabel = 'onedoor.common.submit',
  testId,
  readOnly,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  run: (values: Values) => Promise<unknown>;
  defaultValues?: Values;
  children: ReactNode;
  submitLabel?: string;
  testId?: string;
  /** Shows the form without a submit button (a role that may look but not change). */
  readOnly?: boolean;
}) {
  const translate = useTranslate();
  const submit = async (values: Values) => {
    try {
      await run(values);
      onClose();
      return undefined;
    } catch (error) {
      return formErrors(error);
    }
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" data-testid={testId}>
      {open && (
        <Form onSubmit={submit} defaultValues={defaultValues}>
          <DialogTitle>{translate(title)}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>
            <Button label="onedoor.common.cancel" onClick={onClose} />
            {!readOnly && <SaveButton label={submitLabel} alwaysEnable icon={<span />} />}
          </DialogActions>
        </Form>
      )}
    </Dialog>
  );
}
