import { type ReactElement, type ReactNode, useState } from 'react';
import type { DocumentNode } from '@apollo/client';
import { Button, Form, type HttpError, ResourceContextProvider, SaveButton, useTranslate } from 'react-admin';
import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useNavigate } from 'react-router-dom';
import { type FieldLabel, fieldErrorsOf } from '../data/errors';
import { useGraphQLMutation } from '../data/hooks';
import { fieldNameOf } from '../i18n/fieldNames';

/** A form's values, keyed by input name. */
export type FormValues = Record<string, unknown>;

export interface MutationDialogProps {
  /** Translation key of the dialog's title and of the button opening it. */
  label: string;
  /** Translation key of the title when it differs from the button's label. */
  title?: string;
  /**
   * Opened by the page (a toolbar of its own, a calendar cell) instead of by the dialog's own button;
   * `onClose` then says the dialog is done, saved or cancelled.
   */
  open?: boolean;
  onClose?: () => void;
  icon?: ReactElement;
  color?: 'primary' | 'error' | 'success' | 'inherit';
  variant?: 'text' | 'outlined' | 'contained';
  mutation: DocumentNode;
  /** The form's values to the mutation's `input`; inputs are named like the input's fields so server errors land on them. */
  toInput?: (values: FormValues) => FormValues;
  /** Optional inputs sent as null when left empty (an empty text, a cleared picker), before `toInput`. */
  nullWhenEmpty?: readonly string[];
  /** For a mutation without an `input` argument: the form's values to its variables. */
  toVariables?: (values: FormValues) => FormValues;
  successMessage: string;
  /** Translation key saying why a CONFLICT was refused, when the screen words it itself. */
  conflictMessage?: string;
  defaultValues?: FormValues;
  /** Shown above the inputs (what is being decided, a warning). */
  intro?: ReactNode;
  children?: ReactNode;
  /** Translation key of the submit button (default: submit). */
  submitLabel?: string;
  /** Shows the form without a submit button (a role that may look but not change). */
  readOnly?: boolean;
  /** The resource whose field names label the inputs that have no label of their own. */
  resource?: string;
  /**
   * The translation key of the label of an input named like a field of the mutation's input, so that a
   * refusal names the field as the dialog shows it; the resource's field names when left out.
   */
  fieldLabel?: FieldLabel;
  maxWidth?: 'xs' | 'sm' | 'md';
  testId?: string;
  /** The screen to show once done (the page of what the mutation created), from the mutation's answer. */
  redirect?: (result: unknown) => string;
  /** Sees the mutation's answer once done (a screen that opens what was just issued). */
  onDone?: (result: unknown) => void;
  onRefused?: (error: HttpError) => void;
}

const emptyAsNull = (value: unknown) => (value === '' || value === undefined ? null : value);

/**
 * The back office's one dialog for a mutation: a react-admin form that runs it. A refusal is notified,
 * its field errors show next to their inputs (data/errors.ts) and the dialog stays open with nothing
 * saved; a success closes it and refreshes the screen.
 */
export function MutationDialog(props: MutationDialogProps) {
  const { label, title, open: openProp, onClose, icon, color, variant, mutation, toInput, toVariables } = props;
  const { successMessage, conflictMessage, defaultValues, intro, children, submitLabel, readOnly } = props;
  const { nullWhenEmpty = [], resource, maxWidth = 'sm', testId, onRefused, redirect, onDone } = props;
  const fieldLabel = props.fieldLabel ?? (resource ? fieldNameOf(resource) : undefined);
  const translate = useTranslate();
  const navigate = useNavigate();
  const [openHere, setOpenHere] = useState(false);
  const controlled = openProp !== undefined;
  const open = controlled ? openProp : openHere;
  const close = () => (controlled ? onClose?.() : setOpenHere(false));
  const { mutateAsync } = useGraphQLMutation(mutation, { successMessage, conflictMessage, fieldLabel });
  const submit = async (form: FormValues) => {
    const values = { ...form, ...Object.fromEntries(nullWhenEmpty.map((name) => [name, emptyAsNull(form[name])])) };
    try {
      const result = await mutateAsync(
        toVariables ? toVariables(values) : { input: toInput ? toInput(values) : values },
      );
      close();
      if (redirect) void navigate(redirect(result));
      onDone?.(result);
      return undefined;
    } catch (error) {
      onRefused?.(error as HttpError);
      return fieldErrorsOf(error);
    }
  };
  // An empty record, not the page's: a page's record must not prefill inputs that share a name with its fields.
  const form = (
    <Form onSubmit={submit} record={defaultValues ?? {}} noValidate>
      <DialogTitle>{translate(title ?? label)}</DialogTitle>
      <DialogContent>
        {intro}
        {children}
      </DialogContent>
      <DialogActions>
        <Button label="onedoor.common.cancel" onClick={close} />
        {!readOnly && <SaveButton label={submitLabel ?? 'onedoor.common.submit'} alwaysEnable />}
      </DialogActions>
    </Form>
  );
  return (
    <>
      {!controlled && (
        <Button
          label={label}
          onClick={(e) => {
            e.stopPropagation();
            setOpenHere(true);
          }}
          color={color}
          variant={variant}
        >
          {icon}
        </Button>
      )}
      <Dialog
        open={open}
        onClose={close}
        onClick={(e) => e.stopPropagation()}
        fullWidth
        maxWidth={maxWidth}
        data-testid={testId}
      >
        {/* Gone as soon as the dialog closes: its inputs never stand beside the refreshed page. */}
        {open && (resource ? <ResourceContextProvider value={resource}>{form}</ResourceContextProvider> : form)}
      </Dialog>
    </>
  );
}
