import type { ReactNode } from 'react';
import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { Form, SaveButton, useTranslate } from 'react-admin';
import { fieldErrorsOf, useGraphQLMutation } from '../../data/hooks';
import { TRANSITIONS, type TransitionName } from '../operations';

export type Values = Record<string, unknown>;

/**
 * Server field errors name the mutation's input field (`days`, `otherUnitIds.0`); an error on one item
 * of a list input is also shown on the list input itself.
 */
export function formErrors(error: unknown): Record<string, string> | undefined {
  const errors = fieldErrorsOf(error);
  if (!errors) return undefined;
  const out = { ...errors };
  for (const [field, message] of Object.entries(errors)) {
    const list = /^(\w+)\.\d+$/.exec(field);
    if (list && !out[list[1]!]) out[list[1]!] = message;
  }
  return out;
}

interface Props {
  name: TransitionName;
  caseRecord: { id: string; version: number };
  open: boolean;
  onClose: () => void;
  defaultValues?: Values;
  /** The form's values to the mutation's input (caseId and expectedVersion are added here). */
  toInput?: (values: Values) => Values;
  children: ReactNode;
}

/**
 * One case action as a dialog with a form: the transition runs with the version the page last read;
 * server field errors appear next to their inputs, and on success every query on screen refreshes.
 */
export function ActionDialog({ name, caseRecord, open, onClose, defaultValues, toInput = (v) => v, children }: Props) {
  const translate = useTranslate();
  const { mutateAsync } = useGraphQLMutation(TRANSITIONS[name], { successMessage: 'onedoor.cases.saved' });
  const submit = async (values: Values) => {
    try {
      await mutateAsync({ input: { ...toInput(values), caseId: caseRecord.id, expectedVersion: caseRecord.version } });
      onClose();
      return undefined;
    } catch (error) {
      return formErrors(error);
    }
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby={`case-action-${name}`}>
      {/* An empty record: the page's case must not prefill inputs that share a name with its fields (place, status …). */}
      <Form onSubmit={submit} record={defaultValues ?? {}} noValidate>
        <DialogTitle id={`case-action-${name}`}>{translate(`onedoor.cases.actions.${name}`)}</DialogTitle>
        <DialogContent>{children}</DialogContent>
        <DialogActions>
          <MuiButton onClick={onClose}>{translate('onedoor.common.cancel')}</MuiButton>
          <SaveButton label="onedoor.common.submit" alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
}
