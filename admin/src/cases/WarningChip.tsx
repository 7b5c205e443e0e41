import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { WARNING_HUES } from './enums';

/** A warning colour (NONE/BLUE/YELLOW/RED) as a chip in that colour, labelled in words. */
export function WarningChip({ colour }: { colour: string | null | undefined }) {
  const translate = useTranslate();
  if (!colour) return null;
  const hue = WARNING_HUES[colour] ?? WARNING_HUES.NONE;
  return (
    <Chip
      size="small"
      label={translate(`enums.WarningColour.${colour}`)}
      data-warning={colour}
      sx={colour === 'NONE' ? { color: hue, borderColor: hue } : { bgcolor: hue, color: '#fff' }}
      variant={colour === 'NONE' ? 'outlined' : 'filled'}
    />
  );
}

/** The record's `warning` as a chip, for a Datagrid column. */
export function WarningField({ source = 'warning' }: { source?: string; label?: string; sortable?: boolean }) {
  const record = useRecordContext<Record<string, unknown>>();
  return <WarningChip colour={record?.[source] as string | undefined} />;
}
