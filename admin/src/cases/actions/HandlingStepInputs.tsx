import { FormDataConsumer, required, SelectInput, TextInput } from 'react-admin';
import { enumChoices } from '../../format/fields';
import { BeijingDateTimeInput } from '../inputs';
import { MEETINGS } from './handlingStep';

const label = (field: string) => `onedoor.cases.form.${field}`;
/**
 * A handling step; what the kind needs appears with it: an appointment its kind, a mediation session
 * its outcome (the mediation result is recorded here), a supervision notice its answer date.
 */
export function HandlingStepInputs() {
  return (
    <>
      <SelectInput
        source="step"
        label={label('step')}
        choices={enumChoices('HandlingStepKind')}
        validate={required()}
        fullWidth
      />
      <FormDataConsumer>
        {({ formData }) => (
          <>
            {formData.step === 'APPOINTMENT' && (
              <SelectInput
                source="appointmentKind"
                label={label('appointmentKind')}
                choices={enumChoices('AppointmentKind')}
                fullWidth
              />
            )}
            {formData.step === 'MEDIATION_SESSION' && (
              <SelectInput
                source="mediationOutcome"
                label={label('mediationOutcome')}
                choices={enumChoices('MediationOutcome')}
                fullWidth
              />
            )}
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
