import type { ReactElement } from 'react';
import { FormDataConsumer, required, TextInput } from 'react-admin';
import { BeijingDateTimeInput } from '../inputs';
import { MEETINGS } from './handlingStep';
import { EnumInput } from '../../shared/EnumInput';

const label = (field: string) => `onedoor.cases.form.${field}`;

/** The choice a step of this kind records: an appointment's kind, a mediation session's outcome. */
const CHOICE_OF_STEP: Partial<Record<string, ReactElement>> = {
  APPOINTMENT: (
    <EnumInput
      key="appointmentKind"
      source="appointmentKind"
      enumName="AppointmentKind"
      label={label('appointmentKind')}
      fullWidth
    />
  ),
  MEDIATION_SESSION: (
    <EnumInput
      key="mediationOutcome"
      source="mediationOutcome"
      enumName="MediationOutcome"
      label={label('mediationOutcome')}
      fullWidth
    />
  ),
};

/**
 * A handling step; what the kind needs appears with it: an appointment its kind, a mediation session
 * its outcome (the mediation result is recorded here), a supervision notice its answer date.
 */
export function HandlingStepInputs() {
  return (
    <>
      <EnumInput source="step" enumName="HandlingStepKind" label={label('step')} fullWidth isRequired />
      <FormDataConsumer>
        {({ formData }) => (
          <>
            {CHOICE_OF_STEP[formData.step as string]}
            {formData.step === 'SUPERVISION_NOTICE' && <BeijingDateTimeInput source="dueAt" label={label('dueAt')} />}
            {MEETINGS.includes(formData.step as string) && (
              <>
                <BeijingDateTimeInput source="scheduledAt" label={label('scheduledAt')} />
                <TextInput source="place" label={label('place')} fullWidth />
                <TextInput
                  source="attendees"
                  label={label('attendees')}
                  helperText={label('attendeesHelp')}
                  multiline
                  fullWidth
                />
              </>
            )}
          </>
        )}
      </FormDataConsumer>
      <TextInput source="note" label={label('note')} validate={required()} multiline minRows={3} fullWidth />
    </>
  );
}
