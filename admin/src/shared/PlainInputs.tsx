import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import * as API_ENUMS from '../generated/enums';
import type { EnumName } from '../format/fields';

export interface Option {
  value: string;
  /** In words already (translated). */
  label: string;
}

/** A select outside any form: the screen holds the value (a report's pool, a board's threshold). */
export function PlainSelect({
  label,
  value,
  onChange,
  options,
}: {
  /** Translation key of the label. */
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly Option[];
}) {
  const translate = useTranslate();
  return (
    <TextField
      select
      size="small"
      label={translate(label)}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      sx={{ minWidth: 220 }}
    >
      {options.map((o) => (
        <MenuItem key={o.value} value={o.value}>
          {o.label}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** An API enum's values in words, for a PlainSelect. */
export function useEnumOptions(enumName: EnumName, values: readonly string[] = API_ENUMS[enumName]): Option[] {
  const translate = useTranslate();
  return values.map((value) => ({ value, label: translate(`enums.${enumName}.${value}`) }));
}

/** A calendar day outside any form; clearing the field keeps the last day chosen. */
export function PlainDate({
  label,
  value,
  onChange,
  testId,
}: {
  /** Translation key of the label. */
  label: string;
  value: string;
  onChange: (day: string) => void;
  testId?: string;
}) {
  const translate = useTranslate();
  return (
    <TextField
      type="date"
      size="small"
      label={translate(label)}
      value={value}
      onChange={(e) => e.target.value && onChange(e.target.value)}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: testId ? { 'data-testid': testId } : undefined }}
    />
  );
}
