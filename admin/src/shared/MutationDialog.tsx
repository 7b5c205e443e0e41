import { type ReactElement, type ReactNode, useState } from 'react';
import type { DocumentNode } from '@apollo/client';
import { Button, Form, SaveButton, useTranslate } from 'react-admin';
import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { fieldErrorsOf, useGraphQLMutation } from '../data/hooks';

export interface MutationDialogProps {
  /** Translation key of the button and of the dialog's title. */
  label: string;
  title?: string;
  icon?: ReactElement;
  mutation: DocumentNode;
  /** The form's values to the mutation's `input`; field names match the input's so server errors land on them. */
  toInput: (values: Record<string, unknown>) => Record<string, unknown>;
  successMessage: string;
  defaultValues?: Record<string, unknown>;
  /** Shown above the inputs (e.g. what is being decided). */
  intro?: ReactNode;
  children?: ReactNode;
  color?: 'primary' | 'error' | 'success' | 'inherit';
  variant?: 'text' | 'outlined' | 'contained';
  /** Translation key of the submit button (default: submit). */
  submitLabel?: string;
  onDone?: (result: unknown) => void;
}

/**
 * A button opening a dialog with a react-admin form that runs one mutation. A refusal naming an input
 * field comes back from onSubmit, so react-admin shows the server's message next to that field and the
 * dialog stays open with nothing saved.
 */
export function MutationDialog(props: MutationDialogProps) {
  const {
    label,
    title,
    icon,
    mutation,
    toInput,
    successMessage,
    defaultValues,
    intro,
    children,
    color,
    variant,
    submitLabel,
    onDone,
  } = props;
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const { mutateAsync } = useGraphQLMutation(mutation, { successMessage });
  const submit = async (values: Record<string, unknown>) => {
    try {
      const result = await mutateAsync({ input: toInput(values) });
      setOpen(false);
      onDone?.(result);
      return undefined;
    } catch (error) {
      return fieldErrorsOf(error);
    }
  };
  return (
    <>
      <Button
        label={label}
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
        color={color}
        variant={variant}
      >
        {icon}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        onClick={(e) => e.stopPropagation()}
        fullWidth
        maxWidth="sm"
        aria-label={translate(title ?? label)}
      >
        <Form onSubmit={submit} record={defaultValues ?? {}} sanitizeEmptyValues>
          <DialogTitle>{translate(title ?? label)}</DialogTitle>
          <DialogContent>
            {intro}
            {children}
          </DialogContent>
          <DialogActions>
            <Button label="onedoor.common.cancel" onClick={() => setOpen(false)} />
            <SaveButton label={submitLabel ?? 'onedoor.common.submit'} alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}
