import { FormDataConsumer, required, SelectInput, TextInput } from 'react-admin';
import { enumChoices } from '../../format/fields';
import { shanghaiLocalToIso } from '../../format/time';
import { APPOINTMENT_KINDS, HANDLING_STEPS, MEDIATION_OUTCOMES } from '../enums';
import { BeijingDateTimeInput } from '../inputs';
import type { Values } from './ActionDialog';

const label = (field: string) => `onedoor.cases.form.${field}`;
/** Steps that take place at a time and place, with attendees. */
const MEETINGS = ['APPOINTMENT', 'JOINT_RECEPTION', 'MEDIATION_SESSION'];

/**
 * A handling step; what the kind needs appears with it: an appointment its kind, a mediation session
 * its outcome (the mediation result is recorded here), a supervision notice its answer date.
 */
export function HandlingStepInputs() {
  return (
    <>
      <SelectInput source="step" label={label('step')} choices={enumChoices('HandlingStepKind', HANDLING_STEPS)} validate={required()} fullWidth />
      <FormDataConsumer>
        {({ formData }) => (
          <>
            {formData.step === 'APPOINTMENT' && (
              <SelectInput source="appointmentKind" label={label('appointmentKind')} choices={enumChoices('AppointmentKind', APPOINTMENT_KINDS)} fullWidth />
            )}
            {formData.step === 'MEDIATION_SESSION' && (
              <SelectInput source="mediationOutcome" label={label('mediationOutcome')} choices={enumChoices('MediationOutcome', MEDIATION_OUTCOMES)} fullWidth />
            )}
            {formData.step === 'SUPERVISION_NOTICE' && <BeijingDateTimeInput source="dueAt" label={label('dueAt')} />}
            {MEETINGS.includes(formData.step as string) && (
              <>
                <BeijingDateTimeInput source="scheduledAt" label={label('scheduledAt')} />
                <TextInput source="place" label={label('place')} fullWidth />
                <TextInput source="attendees" label={label('attendees')} helperText={label('attendeesHelp')} multiline fullWidth />
              </>
            )}
          </>
        )}
      </FormDataConsumer>
      <TextInput source="note" label={label('note')} validate={required()} multiline minRows={3} fullWidth />
    </>
  );
}

const instant = (v: unknown) => (typeof v === 'string' && v ? shanghaiLocalToIso(v) : null);

/** Only the fields of the chosen kind are sent; attendees are typed one per line (or separated by 、 or commas). */
export function handlingStepInput(v: Values): Values {
  const meeting = MEETINGS.includes(v.step as string);
  const attendees = typeof v.attendees === 'string' ? v.attendees.split(/[\n,，、]/).map((s) => s.trim()).filter(Boolean) : [];
  return {
    step: v.step,
    note: v.note,
    appointmentKind: v.step === 'APPOINTMENT' ? (v.appointmentKind ?? null) : null,
    mediationOutcome: v.step === 'MEDIATION_SESSION' ? (v.mediationOutcome ?? null) : null,
    dueAt: v.step === 'SUPERVISION_NOTICE' ? instant(v.dueAt) : null,
    scheduledAt: meeting ? instant(v.scheduledAt) : null,
    place: meeting ? (v.place ?? null) : null,
    attendees: meeting ? attendees : null,
  };
}
