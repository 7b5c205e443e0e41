import type { ReactNode } from 'react';
import { type RaRecord, TopToolbar, usePermissions, useRecordContext } from 'react-admin';
import { hasRole, type Role } from '../auth/roles';
import { type FormValues, MutationDialog, type MutationDialogProps } from './MutationDialog';

type ReadsRecord = 'defaultValues' | 'toInput' | 'toVariables' | 'intro' | 'children' | 'open' | 'onClose';

/**
 * One dialog about the record on screen, written as data: a screen lists its dialogs in a table (as the case
 * page lists its transitions and a grid event its steps) and RecordDialogs shows the ones that apply.
 */
export interface RecordForm<R extends RaRecord> extends Omit<MutationDialogProps, ReadsRecord> {
  /** The roles that see the dialog; everyone the screen shows it to when left out. */
  roles?: readonly Role[];
  /** Whether the dialog applies to the record as it stands (a payment not yet reversed); always when left out. */
  when?: (record: R) => boolean;
  defaults?: (record: R) => FormValues;
  toInput?: (values: FormValues, record: R) => FormValues;
  toVariables?: (values: FormValues, record: R) => FormValues;
  intro?: (record: R) => ReactNode;
  /** The inputs, named like the mutation's input fields. */
  inputs: ReactNode | ((record: R) => ReactNode);
}

/**
 * The dialogs of a table that apply to the record on screen and the viewer's roles, in the table's order. In a
 * list's column, `label` is the column's header.
 */
export function RecordDialogs<R extends RaRecord>({ forms }: { forms: readonly RecordForm<R>[]; label?: string }) {
  const record = useRecordContext<R>();
  const { permissions } = usePermissions<string[]>();
  if (!record) return null;
  const shown = forms.filter((f) => (!f.roles || hasRole(permissions, f.roles)) && (!f.when || f.when(record)));
  return (
    <>
      {shown.map(({ roles: _roles, when: _when, defaults, toInput, toVariables, intro, inputs, ...dialog }) => (
        <MutationDialog
          key={dialog.label}
          {...dialog}
          defaultValues={defaults?.(record)}
          toInput={toInput && ((values) => toInput(values, record))}
          toVariables={toVariables && ((values) => toVariables(values, record))}
          intro={intro?.(record)}
        >
          {typeof inputs === 'function' ? inputs(record) : inputs}
        </MutationDialog>
      ))}
    </>
  );
}

/** A show page's toolbar: the record's dialogs that apply (RecordDialogs). */
export function RecordToolbar<R extends RaRecord>({ forms }: { forms: readonly RecordForm<R>[] }) {
  return (
    <TopToolbar>
      <RecordDialogs forms={forms} />
    </TopToolbar>
  );
}
