import { Box, Tooltip } from '@mui/material';
import WarningIcon from '@mui/icons-material/WarningAmber';
import { useTranslate } from 'react-admin';
import type { DutyShiftKind } from '../../generated/enums';
import { aside, labelled } from '../../format/punctuation';
import { shortDateTime, timeOf } from './rosterTime';

export interface Shift {
  id: string;
  kind: DutyShiftKind;
  startsAt: string;
  endsAt: string;
  note: string | null;
  version: number;
  person: { id: string; name: string };
}

/** `Kind：person（start – end）` in the punctuation of the language on screen. */
export function shiftSummary(translate: (key: string) => string, shift: Shift): string {
  const who = labelled(translate, translate(`enums.DutyShiftKind.${shift.kind}`), shift.person.name);
  return aside(translate, who, `${shortDateTime(shift.startsAt)} – ${shortDateTime(shift.endsAt)}`);
}

const COLOURS: Record<DutyShiftKind, string> = {
  WORK_HOURS: '#e3f2fd',
  NOON: '#fff8e1',
  NIGHT: '#ede7f6',
  WEEKEND_DAY: '#e8f5e9',
  WEEKEND_LEADER: '#fce4ec',
};

/** One shift on the calendar: start time, kind and person; a shift in conflict is outlined in red. */
export function ShiftChip({
  shift,
  conflict,
  onClick,
}: {
  shift: Shift;
  conflict: boolean;
  onClick?: (shift: Shift) => void;
}) {
  const translate = useTranslate();
  const title = shiftSummary(translate, shift);
  return (
    <Tooltip title={title}>
      <Box
        component="button"
        type="button"
        data-testid="duty-shift"
        data-conflict={conflict ? 'true' : 'false'}
        onClick={() => onClick?.(shift)}
        sx={{
          display: 'flex',
          alignItems: 'center',
          gap: 0.5,
          width: '100%',
          mb: 0.25,
          px: 0.5,
          py: 0.1,
          fontSize: 12,
          textAlign: 'left',
          cursor: onClick ? 'pointer' : 'default',
          bgcolor: conflict ? '#ffebee' : COLOURS[shift.kind],
          border: conflict ? '2px solid #d32f2f' : '1px solid transparent',
          borderRadius: 1,
          color: 'text.primary',
          font: 'inherit',
        }}
      >
        {conflict && <WarningIcon sx={{ fontSize: 14, color: '#d32f2f' }} />}
        <span>{timeOf(shift.startsAt)}</span>
        <strong>{translate(`onedoor.grid.roster.short.${shift.kind}`)}</strong>
        <span>{shift.person.name}</span>
      </Box>
    </Tooltip>
  );
}
