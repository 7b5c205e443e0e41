import { type ReactNode, useState } from 'react';
import type { DocumentNode } from '@apollo/client';
import { Dialog, DialogContent, DialogTitle } from '@mui/material';
import {
  Button,
  DateInput,
  Form,
  required,
  ResourceContextProvider,
  SaveButton,
  SelectInput,
  TextInput,
  Toolbar,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { fieldErrorsOf, useGraphQLMutation, useGraphQLQuery } from '../../data/hooks';
import { enumChoices } from '../../format/fields';
import { useHasRole } from '../../auth/roles';
import { EXCEPTION_KINDS, MEDIATOR_STATUSES } from '../enums';
import { WeekdaysInput } from '../inputs';
import { ADD_AVAILABILITY_EXCEPTION, ADD_CERTIFICATION, CHANGE_MEDIATOR_STATUS, ME, SET_WEEKDAYS } from '../operations';
import { POOL_MANAGERS } from '../roles';

interface MediatorRecord {
  id: string;
  status: string;
  weekdays: number[];
  person: { id: string };
}

/** A button opening a form in a dialog; the inputs are named like the mutation's input fields. */
function ActionDialog({
  label,
  mutation,
  toInput,
  defaultValues,
  children,
}: {
  label: string;
  mutation: DocumentNode;
  toInput: (values: Record<string, unknown>, record: MediatorRecord) => Record<string, unknown>;
  defaultValues?: (record: MediatorRecord) => Record<string, unknown>;
  children: ReactNode;
}) {
  const record = useRecordContext<MediatorRecord>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const run = useGraphQLMutation(mutation, { successMessage: 'onedoor.people.member.saved' });
  if (!record) return null;
  const submit = async (values: Record<string, unknown>) => {
    try {
      await run.mutateAsync({ input: { mediatorId: record.id, ...toInput(values, record) } });
      setOpen(false);
      return undefined;
    } catch (error) {
      return fieldErrorsOf(error);
    }
  };
  return (
    <>
      <Button label={label} onClick={() => setOpen(true)} />
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="sm" fullWidth>
        <DialogTitle>{translate(label)}</DialogTitle>
        <ResourceContextProvider value="mediators">
          <Form onSubmit={submit} defaultValues={defaultValues?.(record)}>
            <DialogContent>{children}</DialogContent>
            <Toolbar>
              <SaveButton label="ra.action.save" />
              <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            </Toolbar>
          </Form>
        </ResourceContextProvider>
      </Dialog>
    </>
  );
}

/** A MEDIATOR keeps their own availability; everyone else's is the centre's. */
function useIsOwnMembership(record: MediatorRecord | undefined, enabled: boolean): boolean {
  const { data } = useGraphQLQuery<{ me: { person: { id: string } } | null }>(ME, undefined, { enabled });
  return !!record && data?.me?.person.id === record.person.id;
}

export function MediatorShowActions() {
  const record = useRecordContext<MediatorRecord>();
  const isManager = useHasRole(...POOL_MANAGERS);
  const isMediator = useHasRole('MEDIATOR');
  const own = useIsOwnMembership(record, isMediator && !isManager);
  const canEditAvailability = isManager || own;
  return (
    <TopToolbar>
      {isManager && (
        <ActionDialog
          label="onedoor.people.member.changeStatus"
          mutation={CHANGE_MEDIATOR_STATUS}
          toInput={(v) => ({ status: v.status, reason: v.reason })}
        >
          <SelectInput
            source="status"
            choices={enumChoices('MediatorStatus', MEDIATOR_STATUSES)}
            validate={required()}
          />
          <TextInput source="reason" label="onedoor.people.member.reason" validate={required()} multiline fullWidth />
        </ActionDialog>
      )}
      {isManager && (
        <ActionDialog
          label="onedoor.people.member.addCertification"
          mutation={ADD_CERTIFICATION}
          toInput={(v) => {
            const c = (v.certification ?? {}) as { name?: string; expiresOn?: string };
            return { certification: { name: c.name, expiresOn: c.expiresOn || undefined } };
          }}
        >
          <TextInput source="certification.name" label="onedoor.people.cert.name" validate={required()} fullWidth />
          <DateInput
            source="certification.expiresOn"
            label="onedoor.people.cert.expiresOn"
            helperText="onedoor.people.cert.expiresOnHint"
          />
        </ActionDialog>
      )}
      {canEditAvailability && (
        <ActionDialog
          label="onedoor.people.member.setWeekdays"
          mutation={SET_WEEKDAYS}
          toInput={(v) => ({ weekdays: v.weekdays ?? [] })}
          defaultValues={(r) => ({ weekdays: r.weekdays })}
        >
          <WeekdaysInput />
        </ActionDialog>
      )}
      {canEditAvailability && (
        <ActionDialog
          label="onedoor.people.member.addException"
          mutation={ADD_AVAILABILITY_EXCEPTION}
          toInput={(v) => ({ kind: v.kind, from: v.from, to: v.to, note: v.note || undefined })}
        >
          <SelectInput
            source="kind"
            label="onedoor.people.exception.kind"
            choices={enumChoices('AvailabilityExceptionKind', EXCEPTION_KINDS)}
            validate={required()}
          />
          <DateInput source="from" label="onedoor.people.exception.from" validate={required()} />
          <DateInput source="to" label="onedoor.people.exception.to" validate={required()} />
          <TextInput source="note" label="onedoor.people.exception.note" fullWidth />
        </ActionDialog>
      )}
    </TopToolbar>
  );
}
