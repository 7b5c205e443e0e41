import { required, TextInput } from 'react-admin';

/** What the clerk writes out in a dialog (a reason, a note, a memo): several lines across the dialog, required. */
export function NoteInput({ source, label }: { source: string; label: string }) {
  return <TextInput source={source} label={label} validate={required()} multiline fullWidth />;
}
