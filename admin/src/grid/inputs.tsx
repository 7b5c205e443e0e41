import { required, TextInput } from 'react-admin';
import { ReferencePicker, ReferencesPicker } from '../shared/ReferencePicker';

/** Several persons picked by name (duty lists, grid staff); the value is their ids, in order. */
export function PersonsInput({ source, label, helperText }: { source: string; label: string; helperText?: string }) {
  return (
    <ReferencesPicker {...{ source, label }} reference="gridPersons" perPage={20} helperText={helperText ?? false} />
  );
}

/** One person picked by name. */
export function PersonInput({ source, label }: { source: string; label: string }) {
  return <ReferencePicker {...{ source, label }} reference="gridPersons" perPage={20} isRequired helperText={false} />;
}

/** The month a roster or a rotation plan is for. */
export function MonthInput() {
  return (
    <TextInput
      source="month"
      type="month"
      label="onedoor.grid.roster.fields.month"
      validate={required()}
      helperText={false}
    />
  );
}
