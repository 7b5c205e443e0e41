import type { ReactNode } from 'react';
import type { DocumentNode } from '@apollo/client';
import { DateInput, required, SelectInput, TextInput, TopToolbar, useRecordContext } from 'react-admin';
import { useGraphQLQuery } from '../../data/hooks';
import { enumChoices } from '../../format/fields';
import { useHasRole } from '../../auth/roles';
import { MutationDialog, type FormValues } from '../../shared/MutationDialog';
import { WeekdaysInput } from '../inputs';
import { ADD_AVAILABILITY_EXCEPTION, ADD_CERTIFICATION, CHANGE_MEDIATOR_STATUS, ME, SET_WEEKDAYS } from '../operations';
import { POOL_MANAGERS } from '../roles';
import { EnumInput } from '../../shared/EnumInput';

interface MediatorRecord {
  id: string;
  status: string;
  weekdays: number[];
  person: { id: string };
}

/** One change to the membership on screen; the inputs are named like the mutation's input fields. */
function MemberDialog({
  label,
  mutation,
  toInput,
  defaultValues,
  children,
}: {
  label: string;
  mutation: DocumentNode;
  toInput: (values: FormValues) => FormValues;
  defaultValues?: FormValues;
  children: ReactNode;
}) {
  const record = useRecordContext<MediatorRecord>();
  if (!record) return null;
  return (
    <MutationDialog
      label={label}
      mutation={mutation}
      successMessage="onedoor.people.member.saved"
      submitLabel="ra.action.save"
      resource="mediators"
      defaultValues={defaultValues}
      toInput={(v) => ({ mediatorId: record.id, ...toInput(v) })}
    >
      {children}
    </MutationDialog>
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
        <MemberDialog
          label="onedoor.people.member.changeStatus"
          mutation={CHANGE_MEDIATOR_STATUS}
          defaultValues={{ status: record?.status }}
          toInput={(v) => ({ status: v.status, reason: v.reason })}
        >
          <SelectInput source="status" choices={enumChoices('MediatorStatus')} validate={required()} />
          <TextInput source="reason" label="onedoor.people.member.reason" validate={required()} multiline fullWidth />
        </MemberDialog>
      )}
      {isManager && (
        <MemberDialog
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
        </MemberDialog>
      )}
      {canEditAvailability && (
        <MemberDialog
          label="onedoor.people.member.setWeekdays"
          mutation={SET_WEEKDAYS}
          toInput={(v) => ({ weekdays: v.weekdays ?? [] })}
          defaultValues={{ weekdays: record?.weekdays ?? [] }}
        >
          <WeekdaysInput />
        </MemberDialog>
      )}
      {canEditAvailability && (
        <MemberDialog
          label="onedoor.people.member.addException"
          mutation={ADD_AVAILABILITY_EXCEPTION}
          toInput={(v) => ({ kind: v.kind, from: v.from, to: v.to, note: v.note || undefined })}
        >
          <EnumInput
            source="kind"
            enumName="AvailabilityExceptionKind"
            label="onedoor.people.exception.kind"
            isRequired
          />
          <DateInput source="from" label="onedoor.people.exception.from" validate={required()} />
          <DateInput source="to" label="onedoor.people.exception.to" validate={required()} />
          <TextInput source="note" label="onedoor.people.exception.note" fullWidth />
        </MemberDialog>
      )}
    </TopToolbar>
  );
}
