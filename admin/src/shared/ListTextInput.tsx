import { TextInput, useTranslate } from 'react-admin';

/** A list of words as one text field (`普通话；临沭话`) that the form submits as typed: split it with `splitList` (format/lists.ts). */
export function ListTextInput({ source, label, helperText }: { source: string; label?: string; helperText: string }) {
  const translate = useTranslate();
  const separator = translate('onedoor.picker.separator');
  return (
    <TextInput
      source={source}
      label={label}
      format={(v: unknown) => (Array.isArray(v) ? v.join(separator) : ((v as string | undefined) ?? ''))}
      parse={(v: string) => v}
      helperText={helperText}
      fullWidth
    />
  );
}
